package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DossierChainCheckTest {

	private static final CanonicalEventEncoding ENCODING = new CanonicalEventEncoding();

	private final DossierChainCheck check = new DossierChainCheck(ENCODING);

	@Test
	void findsNothingWrongWithAnIntactChain() {
		assertThat(findings(chain("d", 5))).isEmpty();
	}

	@Test
	void locatesAChangedPayload() {
		List<StoredEvent> events = chain("d", 5);
		StoredEvent original = events.get(2);
		events.set(2, new StoredEvent("d", 2, original.type(), original.revision(), original.recordedAt(),
				"{\"step\":99}".getBytes(StandardCharsets.UTF_8), original.metadata()));

		assertThat(findings(events)).containsExactly(mismatch(2, MismatchKind.PAYLOAD_CHANGED));
	}

	@Test
	void locatesADeletedEvent() {
		List<StoredEvent> events = chain("d", 5);
		events.remove(3);

		assertThat(findings(events)).containsExactly(mismatch(3, MismatchKind.EVENT_MISSING));
	}

	@Test
	void locatesTwoEventsWhoseSequenceNumbersWereSwapped() {
		List<StoredEvent> events = chain("d", 5);
		StoredEvent second = events.get(1);
		StoredEvent third = events.get(2);
		events.set(1, atSequence(third, 1));
		events.set(2, atSequence(second, 2));

		assertThat(findings(events)).containsExactly(mismatch(1, MismatchKind.REORDERED),
				mismatch(2, MismatchKind.REORDERED));
	}

	@Test
	void locatesARewrittenEventWhoseHashWasRecomputedAtTheLinkItBreaks() {
		List<StoredEvent> events = chain("d", 4);
		StoredEvent original = events.get(1);
		byte[] forged = "{\"step\":42}".getBytes(StandardCharsets.UTF_8);
		String previous = ENCODING.chainLinkOf(original.metadata()).previous();
		StoredEvent rewritten = new StoredEvent("d", 1, original.type(), original.revision(), original.recordedAt(),
				forged, null);
		String forgedHash = rewritten.chainValueAt(ENCODING, previous, 1);
		events.set(1, new StoredEvent("d", 1, original.type(), original.revision(), original.recordedAt(), forged,
				metadata(previous, forgedHash)));

		assertThat(findings(events)).containsExactly(mismatch(2, MismatchKind.BROKEN_LINK));
	}

	@Test
	void reportsEventsWithoutChainValues() {
		List<StoredEvent> events = chain("d", 2);
		StoredEvent first = events.get(0);
		events.set(0, new StoredEvent("d", 0, first.type(), first.revision(), first.recordedAt(), first.payload(),
				"{}".getBytes(StandardCharsets.UTF_8)));

		assertThat(findings(events)).containsExactly(mismatch(0, MismatchKind.UNCHAINED));
	}

	/**
	 * A dossier of {@code count} properly chained events, built the way the ledger does.
	 */
	static List<StoredEvent> chain(String dossierId, int count) {
		List<StoredEvent> events = new ArrayList<>();
		String previous = CanonicalEventEncoding.GENESIS;
		for (int sequence = 0; sequence < count; sequence++) {
			byte[] payload = ("{\"step\":" + sequence + ",\"dossierId\":\"" + dossierId + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			String recordedAt = Instant.parse("2025-03-03T01:00:00Z").plusSeconds(60L * sequence).toString();
			StoredEvent unchained = new StoredEvent(dossierId, sequence, "x.StepEvent", "1", recordedAt, payload, null);
			String hash = unchained.chainValueAt(ENCODING, previous, sequence);
			events.add(new StoredEvent(dossierId, sequence, "x.StepEvent", "1", recordedAt, payload,
					metadata(previous, hash)));
			previous = hash;
		}
		return events;
	}

	private static byte[] metadata(String previous, String hash) {
		return ("{\"chain.prev\":\"" + previous + "\",\"chain.hash\":\"" + hash + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static StoredEvent atSequence(StoredEvent event, long sequence) {
		return new StoredEvent(event.aggregateId(), sequence, event.type(), event.revision(), event.recordedAt(),
				event.payload(), event.metadata());
	}

	private List<Tuple> findings(List<StoredEvent> events) {
		return this.check.check(events)
			.stream()
			.peek((found) -> assertThat(found.dossierId()).isEqualTo("d"))
			.map((found) -> tuple(found.sequence(), found.kind()))
			.toList();
	}

	private static Tuple mismatch(long sequence, MismatchKind kind) {
		return tuple(sequence, kind);
	}

}
