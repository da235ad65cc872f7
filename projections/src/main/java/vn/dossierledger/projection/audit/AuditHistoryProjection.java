package vn.dossierledger.projection.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

import vn.dossierledger.projection.BatchRows;
import vn.dossierledger.projection.search.ConditionalOnSearchConfigured;

/**
 * The audit history: one Elasticsearch document per dossier event, keyed by the event's
 * identifier, so a redelivered event overwrites its own document. The documents of a
 * processor batch are collected in its unit of work and written with one bulk request
 * just before the batch's transaction commits: if Elasticsearch refuses or is
 * unreachable, the transaction (per-dossier memory and token) rolls back and the batch is
 * retried: as a batch with a growing back-off while Elasticsearch is unreachable (nothing
 * is dead-lettered), one event at a time when it refused a document
 * ({@link vn.dossierledger.projection.NarrowingEventProcessor}), whose event then goes to
 * the group's dead-letter queue. The processor's batch size is thus the documents per
 * bulk request.
 */
@ConditionalOnSearchConfigured
@Component
@ProcessingGroup(AuditHistoryProjection.PROCESSING_GROUP)
public class AuditHistoryProjection {

	public static final String PROCESSING_GROUP = "audit-history";

	private static final String BATCH_RESOURCE = AuditHistoryProjection.class.getName() + ".batch";

	private final AuditDossierMemories memories;

	private final AuditDocumentStore store;

	private final StatutoryClock clock;

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry organisation;

	/** The memories of the current batch's dossiers, loaded with one query per batch. */
	private final BatchRows<AuditDossierMemory> batch;

	AuditHistoryProjection(AuditDossierMemories memories, AuditDocumentStore store, StatutoryClock clock,
			ProcedureCatalogue catalogue, OfficerRegistry organisation) {
		this.memories = memories;
		this.store = store;
		this.clock = clock;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.batch = new BatchRows<>(PROCESSING_GROUP, memories::findById, memories::findAllById,
				AuditDossierMemory::dossierId);
	}

	@EventHandler
	void on(DossierEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
			@Timestamp Instant recordedAt) {
		Optional<AuditDossierMemory> remembered = this.batch.find(event.dossierId());
		AuditDossierMemory memory = remembered.orElseGet(() -> new AuditDossierMemory(event.dossierId()));
		if (!memory.isNew(sequence)) {
			return; // redelivered: its document was written with the memory
		}
		if (event instanceof DossierSubmittedEvent submitted) {
			String agencyId = this.catalogue.version(submitted.procedureCode(), submitted.procedureVersion())
				.map(Procedure::agencyId)
				.orElse(null);
			memory.describe(submitted.dossierCode(), submitted.procedureCode(), agencyId);
		}
		Long heldWorkingMinutes = heldSince(memory.lastOccurredAt(), event.occurredAt());
		memory.apply(event, sequence);
		if (remembered.isEmpty()) {
			// Only a new memory is saved (one insert); a loaded one is managed by JPA and
			// written when the batch's transaction flushes, without a repository call per
			// event.
			this.memories.save(memory);
			this.batch.created(memory);
		}
		collect(document(event, eventId, sequence, recordedAt, memory, heldWorkingMinutes));
	}

	/**
	 * Forgets every dossier and points writes at a new index; reads stay on the old one
	 * until the replay has caught up ({@link AuditRebuild}).
	 */
	@ResetHandler
	void reset() {
		this.memories.deleteAllInBatch();
		this.store.startRebuild();
	}

	AuditDocument document(DossierEvent event, String eventId, long sequence, Instant recordedAt,
			AuditDossierMemory memory, Long heldWorkingMinutes) {
		AuditEventFacts facts = AuditEventFacts.of(event);
		Optional<Officer> actor = this.organisation.officer(event.actor().id());
		List<String> texts = new ArrayList<>(facts.texts());
		// Officials' names are public and searchable; applicants appear only by
		// reference.
		Stream
			.concat(actor.stream(),
					facts.namedOfficerIds().stream().flatMap((id) -> this.organisation.officer(id).stream()))
			.map(Officer::displayName)
			.distinct()
			.forEach(texts::add);
		String text = texts.isEmpty() ? null : String.join(" | ", texts);
		DossierStatus status = memory.status();
		return new AuditDocument(eventId, facts.eventType(), event.dossierId(), memory.dossierCode(),
				memory.procedureCode(), memory.agencyId(), sequence, (status != null) ? status.name() : null,
				(status != null) ? status.nationalCode() : null, (status != null) ? status.vietnameseLabel() : null,
				event.actor().id(), event.actor().role().name(), event.actor().unitId(),
				actor.map(Officer::displayName).orElse(null), facts.stepCode(), event.occurredAt(), recordedAt,
				heldWorkingMinutes, text, VietnameseFolding.fold(text));
	}

	/** Working minutes between the previous event and this one; none for the first. */
	private Long heldSince(Instant previous, Instant now) {
		if (previous == null) {
			return null;
		}
		return now.isAfter(previous) ? this.clock.workingMinutesBetween(previous, now) : 0L;
	}

	/**
	 * Adds the document to the current batch, written with one bulk request when the
	 * batch commits; outside a unit of work (a direct call) writes it at once.
	 */
	private void collect(AuditDocument document) {
		if (!CurrentUnitOfWork.isStarted()) {
			this.store.write(List.of(document));
			return;
		}
		UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
		List<AuditDocument> documents = batch.getOrComputeResource(BATCH_RESOURCE, (key) -> {
			List<AuditDocument> collected = new ArrayList<>();
			batch.onPrepareCommit((committing) -> this.store.write(collected));
			return collected;
		});
		documents.add(document);
	}

}
