package vn.dossierledger.app.demo;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import vn.dossierledger.command.signature.DemoCertificateAuthority;
import vn.dossierledger.command.signature.KeyAlgorithm;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * Seeds a demo province at start-up: weeks of dossiers pushed through the real command
 * path under the {@link SimulatedClock}, only when the event store is empty.
 * <p>
 * Timing: db-scheduler starts polling on {@code ContextRefreshedEvent}
 * ({@code delay-startup-until-context-ready}), before any {@code ApplicationRunner}. The
 * decision to seed is therefore taken once all singletons exist (Flyway has migrated),
 * and the scheduler is paused right then, before it ever polls; otherwise it would fire
 * the past due dates of seeded dossiers against a half-built history. Seeding itself
 * starts on {@code ApplicationReadyEvent}, in a background thread, so the web server is
 * usable meanwhile. When it ends, the clocks read real time again and the scheduler
 * resumes: overdue open dossiers then get their {@code DueDateMissedEvent} from the real
 * deadline path.
 */
final class DemoProvinceSimulator
		implements SmartInitializingSingleton, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DemoProvinceSimulator.class);

	private final DemoProperties properties;

	/** Where the demo lookups are written. */
	private final Path dataDirectory;

	private final SimulationWindow window;

	private final SimulatedClock clock;

	private final CommandGateway commandGateway;

	private final EventStore eventStore;

	private final ObjectProvider<Scheduler> scheduler;

	private final ProvincePlanner planner;

	private final DemoCertificateAuthority certificateAuthority;

	private final OfficerRegistry officers;

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile boolean seedingPlanned;

	private volatile PlanRunner runner;

	private volatile SeedingReport lastReport;

	private volatile ExecutorService workers;

	DemoProvinceSimulator(DemoProperties properties, SimulationWindow window, SimulatedClock clock,
			CommandGateway commandGateway, EventStore eventStore, ObjectProvider<Scheduler> scheduler,
			ProcedureCatalogue catalogue, OfficerRegistry officers, StatutoryClock statutoryClock,
			WorkingCalendar calendar, DemoCertificateAuthority certificateAuthority, Path dataDirectory) {
		this.properties = properties;
		this.dataDirectory = dataDirectory;
		this.window = window;
		this.clock = clock;
		this.commandGateway = commandGateway;
		this.eventStore = eventStore;
		this.scheduler = scheduler;
		this.certificateAuthority = certificateAuthority;
		this.officers = officers;
		this.planner = new ProvincePlanner(catalogue, officers, statutoryClock, calendar,
				(signer, sha256) -> certificateAuthority.issueSigner(signer, KeyAlgorithm.EC_P256).sign(sha256),
				BadlyBehavingOfficers.DEMO_PROVINCE);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (eventStoreIsEmpty()) {
			this.seedingPlanned = true;
			this.scheduler.ifAvailable(Scheduler::pause);
			// Before the web server is up, so that no request can have a leader's
			// certificate issued at real time, too late for the simulated window.
			this.clock.runAt(this.window.start(), this::issueLeaderCertificates);
			logger.info(
					"Demo province: the event store is empty; seeding {} dossiers over {} days "
							+ "once the application is ready (deadline scheduler paused until then)",
					this.properties.dossiers(), this.properties.days());
		}
		else {
			this.clock.leaveStartUp();
			this.finished.countDown();
			logger.info("Demo province: the event store already holds events; not seeding again");
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!this.seedingPlanned) {
			return;
		}
		this.seedingPlanned = false;
		Thread seeding = new Thread(this::seed, "demo-province");
		seeding.setDaemon(true);
		seeding.start();
	}

	/** Waits until seeding is done (or was not needed); for tests and tools. */
	boolean awaitFinished(Duration timeout) throws InterruptedException {
		return this.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The report of the seeding run, or null when this start did not seed. */
	SeedingReport lastReport() {
		return this.lastReport;
	}

	SimulationWindow window() {
		return this.window;
	}

	/**
	 * Asked of Axon's event store, not of its tables: on Axon Server the JPA store's
	 * table stays empty however many events there are.
	 */
	private boolean eventStoreIsEmpty() {
		return headPosition() < 0;
	}

	/** The position of the newest event; -1 when the store holds none. */
	private long headPosition() {
		TrackingToken head = this.eventStore.createHeadToken();
		return (head != null) ? head.position().orElse(-1) : -1;
	}

	private void seed() {
		long started = System.nanoTime();
		// The web server is up: requests read real time, only the workers simulate.
		this.clock.leaveStartUp();
		Clock previousEventClock = GenericEventMessage.clock;
		SeedingReport report = new SeedingReport();
		this.workers = Executors.newFixedThreadPool(this.properties.threads(), workerThreads());
		try {
			// Events are stamped with their business time, not the moment they are
			// stored.
			GenericEventMessage.clock = this.clock;
			long seed = (this.properties.seed() != null) ? this.properties.seed() : new Random().nextLong();
			logger.info("Demo province: simulating {} to {} (seed {}, {} worker threads); misbehaving officers: {}",
					this.window.start(), this.window.end(), seed, this.properties.threads(),
					BadlyBehavingOfficers.DEMO_PROVINCE.describe());
			// Planning runs at the window start, so that every certificate the demo CA
			// issues (leaders, online applicants) is valid throughout the window.
			List<DossierPlan> plans = this.clock.callAt(this.window.start(),
					() -> this.planner.plan(this.properties.dossiers(), this.window, new Random(seed)));
			logger.info("Demo province: the codes and lookup secrets of {} dossiers, to try the citizen's page and the "
					+ "status API with: {}", DemoLookups.LISTED, DemoLookups.write(this.dataDirectory, plans));
			this.runner = new PlanRunner(this.commandGateway, this.clock, this.workers, report);
			this.runner.run(plans, this.window);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			logger.warn("Demo province: seeding interrupted");
		}
		catch (RuntimeException ex) {
			logger.error("Demo province: seeding failed", ex);
		}
		finally {
			GenericEventMessage.clock = previousEventClock;
			this.clock.leaveStartUp();
			this.scheduler.ifAvailable(Scheduler::resume);
			this.workers.shutdown();
			this.lastReport = report;
			logSummary(report, Duration.ofNanos(System.nanoTime() - started));
			this.finished.countDown();
		}
	}

	private void issueLeaderCertificates() {
		this.officers.agencies()
			.forEach((agency) -> this.officers.officersWithRole(agency.id(), Role.APPROVING_LEADER)
				.forEach((leader) -> this.certificateAuthority.issueSigner(leader.id(), KeyAlgorithm.EC_P256)));
	}

	private void logSummary(SeedingReport report, Duration elapsed) {
		long eventCount = countEvents();
		double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
		StringBuilder summary = new StringBuilder("Demo province seeded — the clock reads real time again.");
		line(summary, "dossiers per outcome", report.dossiersByOutcome());
		line(summary, "dossiers per scenario", report.dossiersByScenario());
		summary.append(System.lineSeparator())
			.append(String.format(
					"  commands sent: %d in %.1f s (%.0f commands/s), refused by rule: %d, dossiers stopped early: %d",
					report.commandsSent(), report.sendingTime().toMillis() / 1000.0, report.commandsPerSecond(),
					report.commandsRefused(), report.abandonedDossiers()));
		line(summary, "refusals per rule", report.refusalsByRule());
		line(summary, "misbehaving officers", BadlyBehavingOfficers.DEMO_PROVINCE.describe());
		summary.append(System.lineSeparator())
			.append(String.format("  events stored: %d in %.1f s (%.0f events/s)", eventCount, seconds,
					eventCount / seconds));
		logger.info(summary.toString());
	}

	/**
	 * Every event in the store, read through the event store up to its head (the store
	 * was empty before seeding); -1 when the store is gone already (the application
	 * stopped mid-seeding).
	 */
	private long countEvents() {
		try {
			long head = headPosition();
			long events = 0;
			if (head < 0) {
				return 0;
			}
			try (BlockingStream<TrackedEventMessage<?>> stream = this.eventStore.openStream(null)) {
				while (stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
					TrackedEventMessage<?> event = stream.nextAvailable();
					events++;
					if (event.trackingToken().position().orElse(Long.MAX_VALUE) >= head) {
						break;
					}
				}
			}
			return events;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private static void line(StringBuilder summary, String label, Map<?, ?> counts) {
		summary.append(System.lineSeparator()).append("  ").append(label).append(": ").append(counts);
	}

	private static ThreadFactory workerThreads() {
		AtomicInteger number = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "demo-province-worker-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void destroy() {
		PlanRunner current = this.runner;
		if (current != null) {
			current.cancel();
		}
		if (this.workers != null) {
			this.workers.shutdownNow();
		}
	}

}
