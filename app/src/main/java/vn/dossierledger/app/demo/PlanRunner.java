package vn.dossierledger.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dossierledger.command.dossier.DossierCommandResult;
import vn.dossierledger.command.dossier.DossierRuleViolation;
import vn.dossierledger.command.dossier.RuleViolationDetails;
import vn.dossierledger.events.dossier.VietnamTime;

/**
 * Sends the planned commands through the command gateway, in business-time order.
 * <p>
 * Time is cut into simulated hours. Within an hour, each dossier's commands run in order
 * on one worker, and different dossiers run in parallel; the next hour starts when the
 * previous one is done. So the event store fills up in (almost) business-time order, as
 * it would in a real province, while several cores are used.
 */
final class PlanRunner {

	private static final Logger logger = LoggerFactory.getLogger(PlanRunner.class);

	private final CommandGateway commandGateway;

	private final SimulatedClock clock;

	private final ExecutorService workers;

	private final SeedingReport report;

	private final Set<String> abandoned = ConcurrentHashMap.newKeySet();

	private volatile boolean cancelled;

	PlanRunner(CommandGateway commandGateway, SimulatedClock clock, ExecutorService workers, SeedingReport report) {
		this.commandGateway = commandGateway;
		this.clock = clock;
		this.workers = workers;
		this.report = report;
	}

	private record Step(DossierPlan plan, int index, PlannedCommand planned) {

	}

	void cancel() {
		this.cancelled = true;
	}

	/** Runs every command planned up to the end of the window. */
	void run(List<DossierPlan> plans, SimulationWindow window) throws InterruptedException {
		List<Step> steps = new ArrayList<>();
		for (DossierPlan plan : plans) {
			this.report.planned(plan);
			for (int i = 0; i < plan.commands().size(); i++) {
				PlannedCommand planned = plan.commands().get(i);
				if (!planned.at().isAfter(window.end())) {
					steps.add(new Step(plan, i, planned));
				}
			}
		}
		steps.sort(Comparator.comparing((Step step) -> step.planned().at())
			.thenComparingInt((step) -> step.plan().sequence())
			.thenComparingInt(Step::index));
		logger.info("Demo province: {} dossiers, {} commands planned within the window", plans.size(), steps.size());
		long sendingStarted = System.nanoTime();
		int done = 0;
		int nextDecile = 1;
		int from = 0;
		while (from < steps.size() && !this.cancelled) {
			Instant hour = steps.get(from).planned().at().truncatedTo(ChronoUnit.HOURS);
			int to = from;
			while (to < steps.size() && steps.get(to).planned().at().truncatedTo(ChronoUnit.HOURS).equals(hour)) {
				to++;
			}
			runHour(steps.subList(from, to));
			done = to;
			from = to;
			if (done * 10L >= nextDecile * (long) steps.size()) {
				nextDecile = (int) (done * 10L / steps.size()) + 1;
				logger.info("Demo province: {}% — simulated {} — {} commands sent, {} refused by rule",
						done * 100L / steps.size(), LocalDate.ofInstant(hour, VietnamTime.ZONE),
						this.report.commandsSent(), this.report.commandsRefused());
			}
		}
		this.report.sendingTook(Duration.ofNanos(System.nanoTime() - sendingStarted));
	}

	private void runHour(List<Step> steps) throws InterruptedException {
		Map<DossierPlan, List<Step>> byDossier = new LinkedHashMap<>();
		steps.forEach((step) -> byDossier.computeIfAbsent(step.plan(), (plan) -> new ArrayList<>()).add(step));
		List<Callable<Void>> tasks = new ArrayList<>();
		byDossier.values().forEach((dossierSteps) -> tasks.add(() -> {
			dossierSteps.forEach(this::send);
			return null;
		}));
		for (Future<Void> outcome : this.workers.invokeAll(tasks)) {
			try {
				outcome.get();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A demo worker failed", ex.getCause());
			}
		}
	}

	private void send(Step step) {
		String dossierId = step.plan().dossierId();
		if (this.cancelled || this.abandoned.contains(dossierId)) {
			return;
		}
		try {
			// The simulated instant travels with the command: across Axon Server another
			// thread handles it, where this worker's clock does not reach.
			CommandMessage<?> command = GenericCommandMessage.asCommandMessage(step.planned().command())
				.andMetaData(SimulatedTimeInterceptor.at(step.planned().at()));
			DossierCommandResult result = this.clock.callAt(step.planned().at(),
					() -> this.commandGateway.sendAndWait(command));
			this.report.accepted(dossierId, result.status());
		}
		catch (CommandExecutionException ex) {
			this.report.refused(ruleOf(ex));
			if (!step.planned().refusalExpected()) {
				abandon(dossierId, step, ex);
			}
		}
		catch (RuntimeException ex) {
			// Not a rule: a technical failure (e.g. a conflict). Counted, and the dossier
			// stops.
			this.report.refused("ERROR " + ex.getClass().getSimpleName());
			abandon(dossierId, step, ex);
		}
	}

	private void abandon(String dossierId, Step step, Exception cause) {
		this.abandoned.add(dossierId);
		this.report.abandoned();
		logger.debug("Demo dossier {} ({}, {}) stops here: {} refused: {}", dossierId, step.plan().procedureCode(),
				step.plan().scenario(), step.planned().command().getClass().getSimpleName(), cause.getMessage());
	}

	private static String ruleOf(CommandExecutionException ex) {
		return ex.getDetails()
			.filter(RuleViolationDetails.class::isInstance)
			.map((details) -> ((RuleViolationDetails) details).rule())
			.orElseGet(() -> (ex.getCause() instanceof DossierRuleViolation violation) ? violation.rule().name()
					: "ERROR " + ex.getMessage());
	}

}
