package vn.dossierledger.oversight.ledger;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import vn.dossierledger.oversight.ledger.SealStore.Leaf;

/**
 * The {@value #PROCESSING_GROUP} processing group: one tracking processor, one thread, so
 * events become leaves in the order the processor sees them (recorded, so that the order
 * never needs to be re-derived from global indexes with gaps). The leaves of a batch are
 * appended once, when its transaction is about to commit together with the token. Never
 * replayed: seals are published history.
 */
@ProcessingGroup(LedgerSealingHandler.PROCESSING_GROUP)
@DisallowReplay
class LedgerSealingHandler {

	static final String PROCESSING_GROUP = "ledger-seals";

	private static final String PENDING_LEAVES = LedgerSealingHandler.class.getName() + ".pendingLeaves";

	private final LedgerSealer sealer;

	private final CanonicalEventEncoding encoding;

	private final Serializer eventSerializer;

	LedgerSealingHandler(LedgerSealer sealer, CanonicalEventEncoding encoding, Serializer eventSerializer) {
		this.sealer = sealer;
		this.encoding = encoding;
		this.eventSerializer = eventSerializer;
	}

	/**
	 * Every event, by its stored bytes and metadata only: never its payload, so that an
	 * event that no longer deserialises, or whose type this release does not know, is
	 * sealed like any other instead of stopping the ledger.
	 */
	@EventHandler(payloadType = Object.class)
	void on(EventMessage<?> event) {
		pendingLeaves().add(leafOf(event));
	}

	private Leaf leafOf(EventMessage<?> event) {
		String aggregateId = event.getIdentifier();
		long sequence = 0;
		if (event instanceof DomainEventMessage<?> domainEvent) {
			aggregateId = domainEvent.getAggregateIdentifier();
			sequence = domainEvent.getSequenceNumber();
		}
		Object chainValue = event.getMetaData().get(CanonicalEventEncoding.HASH_KEY);
		return new Leaf(event.getIdentifier(), aggregateId, sequence,
				(chainValue instanceof String value) ? value : unchainedValue(event, aggregateId, sequence), -1);
	}

	/** An event nobody chained is sealed as a chain of its own. */
	private String unchainedValue(EventMessage<?> event, String aggregateId, long sequence) {
		SerializedObject<byte[]> payload = event.serializePayload(this.eventSerializer, byte[].class);
		return this.encoding.chainValue(CanonicalEventEncoding.GENESIS, aggregateId, sequence,
				payload.getType().getName(), payload.getType().getRevision(), event.getTimestamp(), payload.getData());
	}

	private List<Leaf> pendingLeaves() {
		UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
		return unitOfWork.getOrComputeResource(PENDING_LEAVES, (key) -> {
			List<Leaf> leaves = new ArrayList<>();
			unitOfWork.onPrepareCommit((committing) -> this.sealer.append(leaves));
			return leaves;
		});
	}

}
