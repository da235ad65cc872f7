package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * The hash chain against a database administrator: dossiers walked over HTTP verify
 * clean; then plain SQL changes a stored payload, deletes an event and swaps two sequence
 * numbers, and verification names each dossier, sequence number and kind — and nothing
 * else.
 */
abstract class LedgerTamperingContract {

	/** Where the application keeps its data. */
	protected abstract Map<String, Object> databaseProperties();

	@Test
	void detectsAndLocatesEveryRewriteOfStoredHistory() {
		try (LedgerApplication ledger = LedgerApplication.start(databaseProperties())) {
			LedgerApi api = ledger.api();
			String changed = DossierWalk.submit(api).receive().processUntilResultIssued().dossierId();
			String shortened = DossierWalk.submit(api).receive().processUntilResultIssued().dossierId();
			String reordered = DossierWalk.submit(api).receive().processUntilResultIssued().dossierId();
			String untouched = DossierWalk.submit(api).receive().dossierId();
			JdbcTemplate jdbc = ledger.eventStore().jdbc();
			LedgerSeals.awaitEverythingSealed(api, ledger.eventStore());

			Reply clean = verify(api);
			assertThat(clean.text("outcome")).isEqualTo("CLEAN");
			assertThat(clean.json().path("eventsChecked").asLong()).isGreaterThanOrEqualTo(3 * 8 + 2);
			assertThat(clean.json().path("dossiersChecked").asLong()).isGreaterThanOrEqualTo(4);
			assertThat(clean.json().path("eventsPerSecond").asLong()).isPositive();
			assertThat(mismatches(clean)).isEmpty();
			assertThat(clean.json().path("sealsChecked").asLong()).isPositive();
			assertThat(clean.json().path("sealMismatches")).isEmpty();

			changeOneField(jdbc, changed, 3);
			assertThat(mismatches(verify(api))).containsExactly(tuple(changed, 3L, "PAYLOAD_CHANGED"));

			jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 4",
					shortened);
			swapSequenceNumbers(jdbc, reordered, 2, 5);
			assertThat(mismatches(verify(api))).containsExactlyInAnyOrder(tuple(changed, 3L, "PAYLOAD_CHANGED"),
					tuple(shortened, 4L, "EVENT_MISSING"), tuple(reordered, 2L, "REORDERED"),
					tuple(reordered, 5L, "REORDERED"));
			assertThat(mismatches(verify(api))).extracting((mismatch) -> mismatch.toList().get(0))
				.doesNotContain(untouched);
		}
	}

	/**
	 * What the per-dossier chain alone cannot see, the seals can: the last event of a
	 * dossier deleted, a dossier's history rewritten and all its chain values recomputed
	 * (by someone holding this very code), a seal row edited, and the latest seal's
	 * signature replaced.
	 */
	@Test
	void sealsLocateRewritesThatKeepEveryChainConsistent() throws Exception {
		try (LedgerApplication ledger = LedgerApplication.start(databaseProperties())) {
			LedgerApi api = ledger.api();
			String truncated = DossierWalk.submit(api).receive().processUntilResultIssued().dossierId();
			String rechained = DossierWalk.submit(api).receive().processUntilResultIssued().dossierId();
			JdbcTemplate jdbc = ledger.eventStore().jdbc();
			JsonNode latest = LedgerSeals.awaitEverythingSealed(api, ledger.eventStore());
			long lastOfTruncated = jdbc.queryForObject(
					"select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", Long.class,
					truncated);
			long lastOfRechained = jdbc.queryForObject(
					"select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", Long.class,
					rechained);

			jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
					truncated, lastOfTruncated);
			changeOneField(jdbc, rechained, 3);
			ChainRewriter.rechain(jdbc, rechained, 3);
			long editedSeal = latest.path("treeSize").asLong() / 2;
			jdbc.update("update ledger_seal set tree_root = ? where tree_size = ?", "ab".repeat(32), editedSeal);
			long lastSeal = latest.path("treeSize").asLong();
			jdbc.update("update ledger_seal set signature = ? where tree_size = ?", "00".repeat(64), lastSeal);

			Reply report = verify(api);
			assertThat(report.text("outcome")).isEqualTo("MISMATCHES");
			List<Tuple> expected = new ArrayList<>(List.of(tuple(truncated, lastOfTruncated, "EVENT_MISSING")));
			for (long sequence = 3; sequence <= lastOfRechained; sequence++) {
				expected.add(tuple(rechained, sequence, "REWRITTEN_AFTER_SEALING"));
			}
			assertThat(mismatches(report)).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(StreamSupport.stream(report.json().path("sealMismatches").spliterator(), false)
				.map((mismatch) -> tuple(mismatch.path("treeSize").asLong(), mismatch.path("kind").asText()))
				.toList()).containsExactlyInAnyOrder(tuple(editedSeal, "TREE_ROOT_MISMATCH"),
						tuple(editedSeal + 1, "BROKEN_SEAL_LINK"), tuple(lastSeal, "SIGNATURE_INVALID"));
		}
	}

	private static Reply verify(LedgerApi api) {
		Reply report = api.post("/api/ledger/verification", null);
		assertThat(report.status()).as("verification %s", report).isEqualTo(200);
		return report;
	}

	private static List<Tuple> mismatches(Reply report) {
		return StreamSupport.stream(report.json().path("mismatches").spliterator(), false)
			.map((JsonNode mismatch) -> tuple(mismatch.path("dossierId").asText(), mismatch.path("sequence").asLong(),
					mismatch.path("kind").asText()))
			.toList();
	}

	/** What an insider would do: rewrite who acted, keep the JSON well-formed. */
	static void changeOneField(JdbcTemplate jdbc, String dossierId, long sequence) {
		String where = " from domain_event_entry where aggregate_identifier = ? and sequence_number = ?";
		byte[] payload = jdbc.queryForObject("select payload" + where, byte[].class, dossierId, sequence);
		String json = new String(payload, StandardCharsets.UTF_8);
		String rewritten = json.replace(BirthRegistration.SPECIALIST, BirthRegistration.APPROVING_LEADER);
		assertThat(rewritten).as("payload of %s/%s names the specialist", dossierId, sequence).isNotEqualTo(json);
		jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = ?",
				rewritten.getBytes(StandardCharsets.UTF_8), dossierId, sequence);
	}

	private static void swapSequenceNumbers(JdbcTemplate jdbc, String dossierId, long first, long second) {
		String renumber = "update domain_event_entry set sequence_number = ?"
				+ " where aggregate_identifier = ? and sequence_number = ?";
		jdbc.update(renumber, -1, dossierId, first);
		jdbc.update(renumber, first, dossierId, second);
		jdbc.update(renumber, second, dossierId, -1);
	}

}
