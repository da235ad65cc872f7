package vn.dossierledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dossierledger.app.DossierLedgerApplication;
import vn.dossierledger.app.EmbeddedPostgresServer;
import vn.dossierledger.events.dossier.DossierEvent;

/**
 * The demo province seeded into an Axon Server, started twice: the first start seeds, the
 * second finds the events (asked of Axon's event store, not of the JPA tables, which stay
 * empty) and seeds nothing; the seeded events carry their simulated business time, spread
 * over the simulated days, although Axon Server hands the commands to threads other than
 * the simulator's workers. Runs only in the {@code axonserver} Maven profile; the store
 * is emptied first through the server's development-mode API
 * ({@code -Daxonserver.http=host:http-port}), since the demo seeds only an empty store.
 */
class DemoSeedingAxonServerIT {

	private static final String EVENTS = "vn.dossierledger.events.dossier.";

	/** Dated at the instant they mark by the real deadline path, after seeding. */
	private static final Set<String> STATUTORY_CLOCK_EVENTS = Set.of(EVENTS + "DueDateMissedEvent",
			EVENTS + "HoldingLimitExceededEvent");

	private static final int DAYS = 21;

	@Test
	void seedsAnEmptyAxonServerOnceWithEventsAtTheirSimulatedTimes() throws Exception {
		String servers = System.getProperty("axonserver.servers", "");
		String http = System.getProperty("axonserver.http", "");
		assertThat(servers).as("the Axon Server to run against, -Daxonserver.servers=host:grpc-port").isNotBlank();
		assertThat(http).as("its HTTP address, to empty it first: -Daxonserver.http=host:http-port").isNotBlank();
		purgeEvents(http);
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();

		long seeded;
		try (ConfigurableApplicationContext context = start(servers, database)) {
			DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
			assertThat(simulator.awaitFinished(Duration.ofMinutes(5))).as("seeding finished").isTrue();
			assertThat(simulator.lastReport()).as("the first start seeded the emptied store").isNotNull();
			assertThat(simulator.lastReport().commandsSent()).isPositive();

			List<TrackedEventMessage<?>> events = allEvents(context.getBean(EventStore.class));
			seeded = submissions(events);
			assertThat(seeded).as("dossiers submitted by the seeding").isPositive();
			SimulationWindow window = simulator.window();
			Set<LocalDate> days = new TreeSet<>();
			for (TrackedEventMessage<?> event : events) {
				if (!(event.getPayload() instanceof DossierEvent)
						|| STATUTORY_CLOCK_EVENTS.contains(event.getPayloadType().getName())) {
					continue;
				}
				assertThat(event.getTimestamp()).as("business time of a %s", event.getPayloadType().getSimpleName())
					.isBetween(window.start(), window.end());
				days.add(LocalDate.ofInstant(event.getTimestamp(), ZoneOffset.UTC));
			}
			assertThat(days).as("days of the simulated window with events").hasSizeGreaterThan(DAYS / 2);
		}

		try (ConfigurableApplicationContext context = start(servers, database)) {
			DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
			assertThat(simulator.awaitFinished(Duration.ofSeconds(30))).isTrue();
			assertThat(simulator.lastReport()).as("a restart does not seed").isNull();
			assertThat(submissions(allEvents(context.getBean(EventStore.class))))
				.as("dossiers submitted after the restart")
				.isEqualTo(seeded);
		}
	}

	private static long submissions(List<TrackedEventMessage<?>> events) {
		return events.stream()
			.filter((event) -> event.getPayloadType().getName().equals(EVENTS + "DossierSubmittedEvent"))
			.count();
	}

	/**
	 * Arguments, not builder properties: those are defaults that application.yml
	 * overrides.
	 */
	private static ConfigurableApplicationContext start(String servers, Map<String, Object> database) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--dossier-ledger.demo.dossiers=60", "--dossier-ledger.demo.days=" + DAYS,
				"--dossier-ledger.demo.seed=20263", "--dossier-ledger.demo.threads=2",
				"--dossier-ledger.ledger.verification.scheduled=false",
				"--dossier-ledger.elasticsearch.embedded.enabled=false", "--axon.axonserver.servers=" + servers));
		database.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		arguments.add("--spring.profiles.active=postgres,demo,axonserver");
		return new SpringApplicationBuilder(DossierLedgerApplication.class).run(arguments.toArray(String[]::new));
	}

	/** Every event up to the head, through Axon's API as on any store. */
	private static List<TrackedEventMessage<?>> allEvents(EventStore eventStore) throws InterruptedException {
		List<TrackedEventMessage<?>> events = new ArrayList<>();
		TrackingToken head = eventStore.createHeadToken();
		long headPosition = (head != null) ? head.position().orElse(-1) : -1;
		if (headPosition < 0) {
			return events;
		}
		try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
			while (stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
				TrackedEventMessage<?> event = stream.nextAvailable();
				events.add(event);
				if (event.trackingToken().position().orElse(Long.MAX_VALUE) >= headPosition) {
					break;
				}
			}
		}
		return events;
	}

	private static void purgeEvents(String http) throws Exception {
		HttpResponse<String> purged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://" + http + "/v1/devmode/purge-events")).DELETE().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(purged.statusCode()).as("purge of the Axon Server's events (development mode) %s", purged.body())
			.isEqualTo(200);
	}

}
