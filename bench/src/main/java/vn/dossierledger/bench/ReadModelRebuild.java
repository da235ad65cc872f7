package vn.dossierledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Replay through the app: {@code POST /api/admin/read-models/{group}/rebuild} for each
 * group, then {@code GET /api/admin/read-models} until every group is caught up (or the
 * time limit). A group's figure is the events it has passed (stored events up to its
 * position) over the time it took.
 */
final class ReadModelRebuild {

	private static final Duration POLL = Duration.ofMillis(250);

	private final HttpJson app;

	private final BenchPostgres postgres;

	ReadModelRebuild(HttpJson app, BenchPostgres postgres) {
		this.app = app;
		this.postgres = postgres;
	}

	List<String> groups() {
		List<String> groups = new ArrayList<>();
		positions().forEach((readModel) -> groups.add(readModel.path("processingGroup").asText()));
		return groups;
	}

	/** Waits (up to {@code atMost}) until the groups are at the head; false if not. */
	boolean awaitCaughtUp(List<String> groups, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (System.nanoTime() < deadline) {
			if (groups.stream().allMatch((group) -> position(group).path("caughtUp").asBoolean())) {
				return true;
			}
			Pause.of(POLL);
		}
		return false;
	}

	Result rebuild(List<String> groups, Duration timeout) {
		long events = this.postgres.queryLong("select count(*) from domain_event_entry");
		long start = System.nanoTime();
		for (String group : groups) {
			this.app.post("/api/admin/read-models/" + group + "/rebuild", "").requireOk("rebuild " + group);
		}
		Map<String, Long> caughtUpAfterNanos = new LinkedHashMap<>();
		Map<String, Long> lastPosition = new LinkedHashMap<>();
		long deadline = start + timeout.toNanos();
		while (caughtUpAfterNanos.size() < groups.size() && System.nanoTime() < deadline) {
			Pause.of(POLL);
			long now = System.nanoTime();
			for (JsonNode readModel : positions()) {
				String group = readModel.path("processingGroup").asText();
				if (groups.contains(group) && !caughtUpAfterNanos.containsKey(group)) {
					lastPosition.put(group, readModel.path("position").asLong(0));
					if (readModel.path("caughtUp").asBoolean()) {
						caughtUpAfterNanos.put(group, now - start);
					}
				}
			}
		}
		long end = System.nanoTime();
		List<GroupReplay> replays = new ArrayList<>();
		for (String group : groups) {
			boolean caughtUp = caughtUpAfterNanos.containsKey(group);
			long passed = caughtUp ? events : eventsUpTo(lastPosition.getOrDefault(group, 0L));
			replays.add(new GroupReplay(group, passed,
					Duration.ofNanos(caughtUpAfterNanos.getOrDefault(group, end - start)), caughtUp));
		}
		return new Result(events, replays);
	}

	private long eventsUpTo(long position) {
		return this.postgres.queryLong("select count(*) from domain_event_entry where global_index <= " + position);
	}

	/** Parked events of every group, e.g. a replay that failed on some clone. */
	long deadLetters() {
		long letters = 0;
		for (JsonNode sequence : this.app.get("/api/admin/dead-letters").requireOk("dead letters").json()) {
			letters += Math.max(1, sequence.path("letters").size());
		}
		return letters;
	}

	private JsonNode position(String group) {
		for (JsonNode readModel : positions()) {
			if (readModel.path("processingGroup").asText().equals(group)) {
				return readModel;
			}
		}
		throw new IllegalStateException("No read model " + group);
	}

	private JsonNode positions() {
		return this.app.get("/api/admin/read-models").requireOk("read-model positions").json();
	}

	record GroupReplay(String group, long events, Duration elapsed, boolean caughtUp) {

		double perSecond() {
			return this.events / (this.elapsed.toNanos() / 1e9);
		}

		String describe() {
			return String.format("%s %,d events in %.1f s = %,.0f events/s%s", this.group, this.events,
					this.elapsed.toNanos() / 1e9, perSecond(), this.caughtUp ? "" : " (time limit, not caught up)");
		}

	}

	/**
	 * @param storedEvents events in the store when the rebuild started
	 * @param groups each group's replay
	 */
	record Result(long storedEvents, List<GroupReplay> groups) {

		/**
		 * The slowest group: every read model rebuilt means each event through all of
		 * them.
		 */
		GroupReplay slowest() {
			return this.groups.stream().min((a, b) -> Double.compare(a.perSecond(), b.perSecond())).orElseThrow();
		}

		boolean caughtUp() {
			return this.groups.stream().allMatch(GroupReplay::caughtUp);
		}

	}

}
