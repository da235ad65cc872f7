package vn.dossierledger.oversight.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDecorator;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Chains every domain event to its aggregate's previous one as it is published: adds
 * {@code chain.prev} and {@code chain.hash} to its metadata.
 *
 * <p>
 * Why an event-bus interceptor rather than the aggregate: it sees the message exactly as
 * it will be stored — the event serializer's payload bytes, type and revision, the
 * message timestamp and the sequence number — and hands those payload bytes on to the
 * storage engine, so the hash is over the stored form by construction and the payload is
 * serialized once; it covers events applied from command and deadline handlers alike; and
 * the aggregate and its tests stay unaware of it. Axon intercepts a unit of work's events
 * in publication order, so events of one aggregate in one unit of work chain to each
 * other through a map kept in the unit of work; the first one of a unit of work takes its
 * predecessor's chain value from a small cache of committed chain tips, or reads it from
 * the event store (one indexed row) when the cache does not hold exactly that sequence.
 * Two concurrent writers cannot both chain to the same predecessor: the store's unique
 * (aggregate, sequence) key lets only one commit.
 */
final class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

	private static final String LAST_CHAIN_VALUES = HashChainInterceptor.class.getName() + ".lastChainValues";

	private final CanonicalEventEncoding encoding;

	private final Serializer eventSerializer;

	private final EventStore eventStore;

	/**
	 * The last committed chain value per recently written dossier. Only ever filled after
	 * a commit, so an entry is a stored, immutable fact; it is used only for exactly the
	 * next sequence number.
	 */
	private final Map<String, ChainTip> committedTips;

	HashChainInterceptor(CanonicalEventEncoding encoding, Serializer eventSerializer, EventStore eventStore,
			int cachedDossiers) {
		this.encoding = encoding;
		this.eventSerializer = eventSerializer;
		this.eventStore = eventStore;
		this.committedTips = Collections.synchronizedMap(new LinkedHashMap<>(cachedDossiers, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, ChainTip> eldest) {
				return size() > cachedDossiers;
			}

		});
	}

	@Override
	public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
		Map<String, ChainTip> lastChainValues = lastChainValuesOfThisUnitOfWork();
		List<EventMessage<?>> chained = new ArrayList<>(messages.size());
		for (EventMessage<?> message : messages) {
			chained.add((message instanceof DomainEventMessage<?> domainEvent) ? chain(domainEvent, lastChainValues)
					: message);
		}
		return (index, message) -> chained.get(index);
	}

	private DomainEventMessage<?> chain(DomainEventMessage<?> event, Map<String, ChainTip> lastChainValues) {
		if (event.getMetaData().containsKey(CanonicalEventEncoding.HASH_KEY)) {
			return event; // already chained (re-published)
		}
		String aggregateId = event.getAggregateIdentifier();
		ChainTip last = lastChainValues.get(aggregateId);
		String previous = (last != null) ? last.chainValue()
				: committedChainValueBefore(aggregateId, event.getSequenceNumber());
		SerializedObject<byte[]> payload = event.serializePayload(this.eventSerializer, byte[].class);
		String hash = this.encoding.chainValue(previous, aggregateId, event.getSequenceNumber(),
				payload.getType().getName(), payload.getType().getRevision(), event.getTimestamp(), payload.getData());
		lastChainValues.put(aggregateId, new ChainTip(event.getSequenceNumber(), hash));
		return withChainLinks(event,
				MetaData.with(CanonicalEventEncoding.PREVIOUS_KEY, previous).and(CanonicalEventEncoding.HASH_KEY, hash),
				payload);
	}

	/**
	 * The event with its chain links, carrying the payload bytes that were hashed: the
	 * storage engine stores exactly those instead of serializing the payload again
	 * (Axon's {@code andMetaData} copies a message without the serialized form it holds).
	 */
	private <T> DomainEventMessage<T> withChainLinks(DomainEventMessage<T> event, MetaData chainLinks,
			SerializedObject<byte[]> payload) {
		Message<T> linked = new GenericMessage<>(event.getIdentifier(), event.getPayloadType(), event.getPayload(),
				event.getMetaData().mergedWith(chainLinks));
		return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
				event.getSequenceNumber(), new HashedPayload<>(linked, this.eventSerializer, payload),
				event.getTimestamp());
	}

	private String committedChainValueBefore(String aggregateId, long sequence) {
		ChainTip tip = this.committedTips.get(aggregateId);
		return (tip != null && tip.sequence() == sequence - 1) ? tip.chainValue()
				: storedChainValueBefore(aggregateId, sequence);
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

	private Map<String, ChainTip> lastChainValuesOfThisUnitOfWork() {
		if (!CurrentUnitOfWork.isStarted()) {
			return new HashMap<>();
		}
		UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
		return unitOfWork.getOrComputeResource(LAST_CHAIN_VALUES, (key) -> {
			Map<String, ChainTip> tips = new HashMap<>();
			unitOfWork.afterCommit((committed) -> this.committedTips.putAll(tips));
			return tips;
		});
	}

	private record ChainTip(long sequence, String chainValue) {

	}

	/** A message whose payload the event serializer has already written. */
	private static final class HashedPayload<T> extends MessageDecorator<T> {

		private final Serializer serializer;

		private final SerializedObject<byte[]> payload;

		HashedPayload(Message<T> delegate, Serializer serializer, SerializedObject<byte[]> payload) {
			super(delegate);
			this.serializer = serializer;
			this.payload = payload;
		}

		@Override
		public <S> SerializedObject<S> serializePayload(Serializer serializer, Class<S> expectedRepresentation) {
			return (serializer == this.serializer)
					? serializer.getConverter().convert(this.payload, expectedRepresentation)
					: super.serializePayload(serializer, expectedRepresentation);
		}

		@Override
		public Message<T> withMetaData(Map<String, ?> metaData) {
			return new HashedPayload<>(getDelegate().withMetaData(metaData), this.serializer, this.payload);
		}

		@Override
		public Message<T> andMetaData(Map<String, ?> metaData) {
			return new HashedPayload<>(getDelegate().andMetaData(metaData), this.serializer, this.payload);
		}

	}

}
