package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dossierledger.app.EventStoreRows.StoredEvent;

/**
 * A statutory deadline is a row in the database, not a timer in memory: a dossier
 * received by an application whose scheduler never polls, then a restart, and the new
 * application records the missed due date.
 */
class DeadlineSurvivesRestartIT {

	/** The db-scheduler task that Axon's DbSchedulerDeadlineManager registers. */
	private static final String AXON_DEADLINE_TASK = "AxonDeadline";

	private static final Duration THIRTY_DAYS = Duration.ofDays(30);

	@TempDir
	Path dataDirectory;

	@Test
	void aDeadlineScheduledBeforeARestartFiresAfterIt() {
		String dossierId;
		Clock thirtyDaysAgo = Clock.offset(Clock.systemUTC(), THIRTY_DAYS.negated());
		try (LedgerApplication notPolling = LedgerApplication.start(withPollingEvery("1h"), thirtyDaysAgo)) {
			dossierId = DossierWalk.submit(notPolling.api()).receive().dossierId();
			EventStoreRows storage = notPolling.eventStore();
			assertThat(storage.scheduledTaskNames()).as("the due date waits in the database")
				.containsExactly(AXON_DEADLINE_TASK);
			assertThat(storage.eventsOf(dossierId)).as("no scheduler polled before the restart")
				.extracting(StoredEvent::simpleType)
				.containsExactly("DossierSubmittedEvent", "DossierReceivedEvent");
		}

		try (LedgerApplication restarted = LedgerApplication.start(withPollingEvery("1s"), Clock.systemUTC())) {
			EventStoreRows storage = restarted.eventStore();
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(storage.eventsOf(dossierId)).extracting(StoredEvent::simpleType)
					.containsExactly("DossierSubmittedEvent", "DossierReceivedEvent", "DueDateMissedEvent");
				assertThat(storage.scheduledTaskNames()).as("a fired deadline is done, not rescheduled")
					.doesNotContain(AXON_DEADLINE_TASK);
			});
		}
	}

	private Map<String, Object> withPollingEvery(String interval) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("dossier-ledger.data-dir", this.dataDirectory.toString());
		properties.put("db-scheduler.polling-interval", interval);
		return properties;
	}

}
