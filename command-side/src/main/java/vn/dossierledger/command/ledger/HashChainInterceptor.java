package vn.dossierledger.command.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Chains every domain event to its aggregate's previous one as it is published: adds
 * {@code chain.prev} and {@code chain.hash} to its metadata.
 *
 * <p>
 * Why an event-bus interceptor rather than the aggregate: it sees the message exactly as
 * it will be stored — the event serializer's payload bytes, type and revision, the
 * message timestamp and the sequence number — so the hash is over the stored form by
 * construction; it covers events applied from command and deadline handlers alike; and
 * the aggregate and its tests stay unaware of it. Axon intercepts a unit of work's events
 * in publication order, so events of one aggregate in one unit of work chain to each
 * other through a map kept in the unit of work; the first one of a unit of work reads its
 * predecessor from the event store (one indexed row). Two concurrent writers cannot both
 * chain to the same predecessor: the store's unique (aggregate, sequence) key lets only
 * one commit.
 */
final class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

	private static final String LAST_CHAIN_VALUES = HashChainInterceptor.class.getName() + ".lastChainValues";

	private final CanonicalEventEncoding encoding;

	private final Serializer eventSerializer;

	private final EventStore eventStore;

	HashChainInterceptor(CanonicalEventEncoding encoding, Serializer eventSerializer, EventStore eventStore) {
		this.encoding = encoding;
		this.eventSerializer = eventSerializer;
		this.eventStore = eventStore;
	}

	@Override
	public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
		Map<String, String> lastChainValues = lastChainValuesOfThisUnitOfWork();
		List<EventMessage<?>> chained = new ArrayList<>(messages.size());
		for (EventMessage<?> message : messages) {
			chained.add((message instanceof DomainEventMessage<?> domainEvent) ? chain(domainEvent, lastChainValues)
					: message);
		}
		return (index, message) -> chained.get(index);
	}

	private DomainEventMessage<?> chain(DomainEventMessage<?> event, Map<String, String> lastChainValues) {
		if (event.getMetaData().containsKey(CanonicalEventEncoding.HASH_KEY)) {
			return event; // already chained (re-published)
		}
		String aggregateId = event.getAggregateIdentifier();
		String previous = lastChainValues.get(aggregateId);
		if (previous == null) {
			previous = storedChainValueBefore(aggregateId, event.getSequenceNumber());
		}
		SerializedObject<byte[]> payload = this.eventSerializer.serialize(event.getPayload(), byte[].class);
		String hash = this.encoding.chainValue(previous, aggregateId, event.getSequenceNumber(),
				payload.getType().getName(), payload.getType().getRevision(), event.getTimestamp(), payload.getData());
		lastChainValues.put(aggregateId, hash);
		return event.andMetaData(MetaData.with(CanonicalEventEncoding.PREVIOUS_KEY, previous)
			.and(CanonicalEventEncoding.HASH_KEY, hash));
	}

	/**
	 * The chain value of the stored event just before {@code sequence}; the genesis value
	 * for a first event or one whose predecessor predates chaining.
	 */
	private String storedChainValueBefore(String aggregateId, long sequence) {
		if (sequence == 0) {
			return CanonicalEventEncoding.GENESIS;
		}
		DomainEventStream stream = this.eventStore.readEvents(aggregateId, sequence - 1);
		while (stream.hasNext()) {
			DomainEventMessage<?> stored = stream.next();
			if (stored.getSequenceNumber() == sequence - 1) {
				Object hash = stored.getMetaData().get(CanonicalEventEncoding.HASH_KEY);
				return (hash instanceof String value) ? value : CanonicalEventEncoding.GENESIS;
			}
		}
		return CanonicalEventEncoding.GENESIS;
	}

	private static Map<String, String> lastChainValuesOfThisUnitOfWork() {
		if (!CurrentUnitOfWork.isStarted()) {
			return new HashMap<>();
		}
		return CurrentUnitOfWork.get().root().getOrComputeResource(LAST_CHAIN_VALUES, key -> new HashMap<>());
	}

}
