package vn.dossierledger.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's streams — what every read model reads — give each event the timestamp
 * Axon's own parser reads from the same row (as a dossier's history does), and query at
 * most once per tail-read interval once they have reached the head.
 */
class EventStreamTimestampsIT extends SharedLedgerTest {

	@Autowired
	private EventStorageEngine storageEngine;

	@Autowired
	private EventStore eventStore;

	@Value("${dossier-ledger.event-store.tail-read-interval}")
	private Duration tailReadInterval;

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

	@Test
	void aStreamAtTheHeadQueriesAgainOnlyAfterTheTailReadInterval() {
		DossierWalk.submit(api());
		TrackingToken head = this.storageEngine.readEvents(null, false)
			.reduce((earlier, later) -> later)
			.map(TrackedEventMessage::trackingToken)
			.orElseThrow();

		// Each read from the head is one query that comes back empty; the second one
		// cannot start before the interval has passed since the first came back.
		long started = System.nanoTime();
		long firstRead = this.storageEngine.readEvents(head, false).count();
		long secondRead = this.storageEngine.readEvents(head, false).count();
		Duration bothReads = Duration.ofNanos(System.nanoTime() - started);

		assertThat(firstRead + secondRead).isZero();
		assertThat(this.tailReadInterval).isPositive();
		assertThat(bothReads).isGreaterThanOrEqualTo(this.tailReadInterval);
	}

}
