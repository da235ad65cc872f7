package vn.dossierledger.app.demo;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import vn.dossierledger.events.dossier.DossierStatus;

/**
 * What the seeding did, counted from the command results: commands sent and refused (by
 * rule), and the status each dossier ended in. Safe for the runner's worker threads.
 */
final class SeedingReport {

	private final LongAdder commandsSent = new LongAdder();

	private final Map<String, LongAdder> refusalsByRule = new ConcurrentHashMap<>();

	private final Map<String, DossierStatus> statusByDossier = new ConcurrentHashMap<>();

	private final Map<Scenario, LongAdder> dossiersByScenario = new ConcurrentHashMap<>();

	private final AtomicLong abandonedDossiers = new AtomicLong();

	private volatile Duration sendingTime = Duration.ZERO;

	void planned(DossierPlan plan) {
		this.dossiersByScenario.computeIfAbsent(plan.scenario(), (scenario) -> new LongAdder()).increment();
	}

	void accepted(String dossierId, DossierStatus status) {
		this.commandsSent.increment();
		this.statusByDossier.put(dossierId, status);
	}

	void refused(String rule) {
		this.commandsSent.increment();
		this.refusalsByRule.computeIfAbsent(rule, (key) -> new LongAdder()).increment();
	}

	/** An unexpected refusal: the rest of the dossier's timeline is not sent. */
	void abandoned() {
		this.abandonedDossiers.incrementAndGet();
	}

	/** Time spent sending the planned commands, without planning. */
	void sendingTook(Duration elapsed) {
		this.sendingTime = elapsed;
	}

	Duration sendingTime() {
		return this.sendingTime;
	}

	/** Commands sent per second of sending time. */
	double commandsPerSecond() {
		return commandsSent() / Math.max(0.001, this.sendingTime.toNanos() / 1e9);
	}

	long commandsSent() {
		return this.commandsSent.sum();
	}

	long commandsRefused() {
		return this.refusalsByRule.values().stream().mapToLong(LongAdder::sum).sum();
	}

	long abandonedDossiers() {
		return this.abandonedDossiers.get();
	}

	Map<String, Long> refusalsByRule() {
		return sorted(this.refusalsByRule);
	}

	/** Dossiers by the status their last accepted command left them in. */
	Map<DossierStatus, Long> dossiersByOutcome() {
		Map<DossierStatus, Long> outcomes = new TreeMap<>();
		this.statusByDossier.values().forEach((status) -> outcomes.merge(status, 1L, Long::sum));
		return outcomes;
	}

	Map<Scenario, Long> dossiersByScenario() {
		return sorted(this.dossiersByScenario);
	}

	private static <K extends Comparable<K>> Map<K, Long> sorted(Map<K, LongAdder> counters) {
		Map<K, Long> sorted = new TreeMap<>();
		counters.forEach((key, counter) -> sorted.put(key, counter.sum()));
		return sorted;
	}

}
