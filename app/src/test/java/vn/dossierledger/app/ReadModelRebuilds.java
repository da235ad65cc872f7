package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import vn.dossierledger.projection.admin.ReadModelAdmin;
import vn.dossierledger.projection.admin.ReadModelPosition;
import vn.dossierledger.projection.admin.RebuildOperations;

/** Rebuilds through the application's own admin, measured to the last event. */
final class ReadModelRebuilds {

	private final ReadModelAdmin admin;

	private final RebuildOperations rebuilds;

	private final EventProcessingConfiguration processing;

	private final Duration maxRebuild;

	/** Peaks of this JVM (the application runs in it) during the last rebuild. */
	private MemoryPeaks memory = new MemoryPeaks();

	/**
	 * @param maxRebuild a rebuild still running after this is stopped and measured on the
	 * events it got through
	 */
	ReadModelRebuilds(LedgerApplication application, Duration maxRebuild) {
		this.maxRebuild = maxRebuild;
		this.admin = application.bean(ReadModelAdmin.class).orElseThrow();
		this.rebuilds = application.bean(RebuildOperations.class).orElseThrow();
		this.processing = application.bean(EventProcessingConfiguration.class).orElseThrow();
	}

	MemoryPeaks memory() {
		return this.memory;
	}

	Outcome alone(String group) throws InterruptedException {
		return together(List.of(group)).get(group);
	}

	Map<String, Outcome> together(List<String> groups) throws InterruptedException {
		long head = this.admin.position(groups.get(0)).head();
		// Each from the moment its own rebuild (stop, reset handler, restart) begins.
		Map<String, Long> started = new LinkedHashMap<>();
		for (String group : groups) {
			started.put(group, System.nanoTime());
			this.rebuilds.rebuild(List.of(group), "throughput-measurement");
		}
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		this.memory = new MemoryPeaks();
		long cpuAtStart = processCpuNanos();
		while (outcomes.size() < groups.size()) {
			Thread.sleep(200);
			this.memory.sample();
			for (String group : groups) {
				if (outcomes.containsKey(group)) {
					continue;
				}
				Duration elapsed = Duration.ofNanos(System.nanoTime() - started.get(group));
				ReadModelPosition position = this.admin.position(group);
				assertThat(position.error()).as("%s", position).isFalse();
				boolean done = position.caughtUp() && !position.replaying();
				if (done || elapsed.compareTo(this.maxRebuild) > 0) {
					long reached = (position.position() != null) ? position.position() : 0;
					outcomes.put(group, new Outcome(reached, elapsed, done, head, processCpuNanos() - cpuAtStart));
					if (!done) {
						stop(group);
					}
				}
			}
		}
		Map<String, Outcome> ordered = new LinkedHashMap<>();
		groups.forEach((group) -> ordered.put(group, outcomes.get(group)));
		return ordered;
	}

	/**
	 * CPU of this JVM (the application runs in it), every thread, GC and JIT included.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** A rebuild over its time budget must not slow down the next measurement. */
	private void stop(String group) {
		this.processing.eventProcessor(group, StreamingEventProcessor.class)
			.ifPresent(StreamingEventProcessor::shutDown);
	}

	/**
	 * @param events events passed (global index reached)
	 * @param cpuNanos CPU this JVM used from the start of the rebuild (of all the groups
	 * rebuilt together) until this one was done
	 */
	record Outcome(long events, Duration elapsed, boolean finished, long head, long cpuNanos) {

		long eventsPerSecond() {
			return Math.round(this.events * 1000.0 / Math.max(1, this.elapsed.toMillis()));
		}

		@Override
		public String toString() {
			return String.format("%,d events/s (%,d events in %,d ms%s; %.0f µs of the JVM's CPU per event)",
					eventsPerSecond(), this.events, this.elapsed.toMillis(),
					this.finished ? "" : ", stopped at the time budget",
					this.cpuNanos / 1000.0 / Math.max(1, this.events));
		}

	}

}
