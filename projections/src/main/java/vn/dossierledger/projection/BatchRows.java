package vn.dossierledger.projection;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializationException;

import vn.dossierledger.events.dossier.DossierEvent;

/**
 * The rows (one per dossier) that a batch of events touches, kept in the batch's unit of
 * work: when the first event of a batch asks for a row, the rows of every dossier in the
 * batch are loaded with one query; later events of the batch — and dossiers the batch
 * creates — are answered from memory. Writes stay with JPA, which flushes them at commit
 * in JDBC batches. Outside a batch (unit tests, a single event) it asks the store.
 *
 * @param <R> the row type
 */
public final class BatchRows<R> {

	private final String resourceKey;

	private final Function<String, Optional<R>> findOne;

	private final Function<Set<String>, List<R>> findAll;

	private final Function<R, String> idOf;

	/**
	 * @param readModel names the unit-of-work resource (one per read model)
	 * @param findOne one row by dossier id
	 * @param findAll the rows of these dossier ids that exist
	 * @param idOf a row's dossier id
	 */
	public BatchRows(String readModel, Function<String, Optional<R>> findOne, Function<Set<String>, List<R>> findAll,
			Function<R, String> idOf) {
		this.resourceKey = BatchRows.class.getName() + "." + readModel;
		this.findOne = findOne;
		this.findAll = findAll;
		this.idOf = idOf;
	}

	/** The dossier's row, if it exists (or was created earlier in this batch). */
	public Optional<R> find(String dossierId) {
		Map<String, Optional<R>> rows = batchRows();
		if (rows == null) {
			return this.findOne.apply(dossierId);
		}
		return rows.computeIfAbsent(dossierId, this.findOne);
	}

	/**
	 * The dossier's row as this batch holds it, without asking the store; empty outside a
	 * batch.
	 */
	public Optional<R> cached(String dossierId) {
		Map<String, Optional<R>> rows = batchRows();
		return (rows != null) ? rows.getOrDefault(dossierId, Optional.empty()) : Optional.empty();
	}

	/** A row created by this batch: later events of the batch find it without a query. */
	public void created(R row) {
		Map<String, Optional<R>> rows = batchRows();
		if (rows != null) {
			rows.put(this.idOf.apply(row), Optional.of(row));
		}
	}

	private Map<String, Optional<R>> batchRows() {
		if (!CurrentUnitOfWork.isStarted()) {
			return null;
		}
		UnitOfWork<?> root = CurrentUnitOfWork.get().root();
		if (!(root instanceof BatchingUnitOfWork<?> batch)) {
			return null;
		}
		// Looked at once per batch: getMessages() copies the batch, so asking it on every
		// lookup made a batch of n events cost n² copies.
		Map<String, Optional<R>> rows = root.getOrComputeResource(this.resourceKey, (key) -> load(batch));
		return rows.isEmpty() ? null : rows;
	}

	/** Empty for a batch of one event (or none of a dossier): the store is asked. */
	private Map<String, Optional<R>> load(BatchingUnitOfWork<?> batch) {
		if (batch.getMessages().size() < 2) {
			return Map.of();
		}
		Set<String> dossierIds = new LinkedHashSet<>();
		for (Object message : batch.getMessages()) {
			if (message instanceof EventMessage<?> event && payloadIfReadable(event) instanceof DossierEvent dossier) {
				dossierIds.add(dossier.dossierId());
			}
		}
		Map<String, Optional<R>> rows = new HashMap<>();
		dossierIds.forEach((id) -> rows.put(id, Optional.empty()));
		if (!dossierIds.isEmpty()) {
			this.findAll.apply(dossierIds).forEach((row) -> rows.put(this.idOf.apply(row), Optional.of(row)));
		}
		return rows;
	}

	/**
	 * An event of the batch that no longer deserialises fails in its own handler, which
	 * dead-letters it; here it must not fail the batch's other events.
	 */
	private static Object payloadIfReadable(EventMessage<?> event) {
		try {
			return event.getPayload();
		}
		catch (SerializationException unreadable) {
			return null;
		}
	}

}
