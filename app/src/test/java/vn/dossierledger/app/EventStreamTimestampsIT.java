package vn.dossierledger.app;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's streams — what every read model reads — give each event the timestamp
 * Axon's own parser reads from the same row (as a dossier's history does).
 */
class EventStreamTimestampsIT extends SharedLedgerTest {

	@Autowired
	private EventStorageEngine storageEngine;

	@Autowired
	private EventStore eventStore;

	@Test
	void streamsEveryEventWithTheTimestampAxonReadsFromItsRow() {
		String dossierId = DossierWalk.submit(api()).dossierId();
		Map<String, Instant> byAxon = this.eventStore.readEvents(dossierId)
			.asStream()
			.collect(Collectors.toMap(EventMessage::getIdentifier, EventMessage::getTimestamp));

		Map<String, Instant> streamed = this.storageEngine.readEvents(null, false)
			.filter((event) -> event instanceof DomainEventMessage<?> domainEvent
					&& dossierId.equals(domainEvent.getAggregateIdentifier()))
			.collect(Collectors.toMap(EventMessage::getIdentifier, EventMessage::getTimestamp));

		assertThat(this.storageEngine.getClass().getSimpleName()).isEqualTo("StreamingJpaEventStorageEngine");
		assertThat(byAxon).isNotEmpty();
		assertThat(streamed).isEqualTo(byAxon);
	}

}
