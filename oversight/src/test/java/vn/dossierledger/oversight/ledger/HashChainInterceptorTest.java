package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.Role;

/**
 * The chaining interceptor on a real Axon event store: events of one unit of work chain
 * to each other, a later unit of work — such as the deadline handler recording a missed
 * due date — chains to the stored predecessor, and the result verifies.
 */
class HashChainInterceptorTest {

	private static final Instant DUE = Instant.parse("2025-03-07T10:00:00Z");

	private final JacksonSerializer serializer = JacksonSerializer.builder()
		.objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
		.build();

	private final CanonicalEventEncoding encoding = new CanonicalEventEncoding();

	private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
		.storageEngine(new InMemoryEventStorageEngine())
		.build();

	HashChainInterceptorTest() {
		this.eventStore
			.registerDispatchInterceptor(new HashChainInterceptor(this.encoding, this.serializer, this.eventStore, 16));
	}

	@AfterEach
	void shutDown() {
		this.eventStore.shutDown();
	}

	@Test
	void chainsEventsOfOneUnitOfWorkAndALaterDeadlineEventToTheirPredecessors() {
		publishInOneUnitOfWork(opinion(0), opinion(1));
		publishInOneUnitOfWork(new GenericDomainEventMessage<>("Dossier", "d", 2,
				new DueDateMissedEvent("d", DUE, Actor.STATUTORY_CLOCK, DUE)));

		List<? extends DomainEventMessage<?>> stored = this.eventStore.readEvents("d", 0).asStream().toList();

		assertThat(stored).hasSize(3);
		assertThat(stored.get(0).getMetaData()).containsEntry(CanonicalEventEncoding.PREVIOUS_KEY,
				CanonicalEventEncoding.GENESIS);
		for (int i = 1; i < stored.size(); i++) {
			assertThat(stored.get(i).getMetaData().get(CanonicalEventEncoding.PREVIOUS_KEY))
				.isEqualTo(stored.get(i - 1).getMetaData().get(CanonicalEventEncoding.HASH_KEY));
		}
		assertThat(new DossierChainCheck(this.encoding).check(stored.stream().map(this::asStored).toList())).isEmpty();
	}

	@Test
	void handsTheStorageEngineThePayloadBytesItHashedSerializedOnce() {
		SerializationCounter counter = new SerializationCounter(this.serializer);
		HashChainInterceptor interceptor = new HashChainInterceptor(this.encoding, counter, this.eventStore, 16);
		DomainEventMessage<?> event = opinion(0);

		EventMessage<?> chained = interceptor.handle(List.of(event)).apply(0, event);
		// What a storage engine asks for when it writes the row.
		SerializedObject<byte[]> stored = chained.serializePayload(counter, byte[].class);

		assertThat(counter.serialized).as("payload serializations").isEqualTo(1);
		assertThat(chained.getMetaData().get(CanonicalEventEncoding.HASH_KEY))
			.isEqualTo(this.encoding.chainValue(CanonicalEventEncoding.GENESIS, "d", 0, stored.getType().getName(),
					stored.getType().getRevision(), event.getTimestamp(), stored.getData()));
		assertThat(chained.andMetaData(Map.of("traceId", "t")).serializePayload(counter, byte[].class).getData())
			.isSameAs(stored.getData());
		assertThat(counter.serialized).isEqualTo(1);
	}

	private void publishInOneUnitOfWork(DomainEventMessage<?>... events) {
		DefaultUnitOfWork.startAndGet(null).execute(() -> this.eventStore.publish(events));
	}

	private static DomainEventMessage<?> opinion(long sequence) {
		return new GenericDomainEventMessage<>("Dossier", "d", sequence, new OpinionRecordedEvent("d", "THAM_DINH",
				Recommendation.APPROVE, "Đủ điều kiện", new Actor("cv-01", Role.SPECIALIST, "tp"), DUE));
	}

	/** The event serializer, counting what it serializes. */
	private static final class SerializationCounter implements Serializer {

		private final Serializer delegate;

		private int serialized;

		SerializationCounter(Serializer delegate) {
			this.delegate = delegate;
		}

		@Override
		public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
			this.serialized++;
			return this.delegate.serialize(object, expectedRepresentation);
		}

		@Override
		public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
			return this.delegate.canSerializeTo(expectedRepresentation);
		}

		@Override
		public <S, T> T deserialize(SerializedObject<S> serializedObject) {
			return this.delegate.deserialize(serializedObject);
		}

		@Override
		public Class classForType(SerializedType type) {
			return this.delegate.classForType(type);
		}

		@Override
		public SerializedType typeForClass(Class type) {
			return this.delegate.typeForClass(type);
		}

		@Override
		public Converter getConverter() {
			return this.delegate.getConverter();
		}

	}

	/** The row a JPA/JDBC storage engine would write for this event. */
	private StoredEvent asStored(DomainEventMessage<?> event) {
		SerializedObject<byte[]> payload = this.serializer.serialize(event.getPayload(), byte[].class);
		byte[] metadata = this.serializer.serialize(event.getMetaData(), byte[].class).getData();
		return new StoredEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), payload.getType().getName(),
				payload.getType().getRevision(), DateTimeUtils.formatInstant(event.getTimestamp()), payload.getData(),
				metadata);
	}

}
