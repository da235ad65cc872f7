package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.app.CriminalRecordCertificate.DESK;
import static vn.dossierledger.app.CriminalRecordCertificate.FEE;
import static vn.dossierledger.app.CriminalRecordCertificate.SPECIALIST;
import static vn.dossierledger.app.CriminalRecordCertificate.path;
import static vn.dossierledger.app.CriminalRecordCertificate.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Commands retried with an {@code Idempotency-Key}: one effect, the first answer again;
 * the key held per caller, refused for another request, let go by a refused attempt, and
 * settled from the ledger when the attempt that held it died.
 */
class IdempotentRetriesIT extends SharedLedgerTest {

	private static final String KEY = "Idempotency-Key";

	@Test
	void aRetriedSubmissionIsStoredOnceAndAnsweredAsTheFirst() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> submission = submission("subj-idem-" + UUID.randomUUID());
		long eventsBefore = eventStore().dossierEventCount();

		Reply first = withKey(key, "/api/dossiers", submission);
		Reply retried = withKey(key, "/api/dossiers", submission);

		assertThat(first.status()).as("first %s", first).isEqualTo(201);
		assertThat(retried.status()).as("retry %s", retried).isEqualTo(201);
		assertThat(retried.json()).isEqualTo(first.json());
		assertThat(retried.etag()).isEqualTo(first.etag());
		assertThat(retried.header(HttpHeaders.LOCATION)).isEqualTo("/api/dossiers/" + first.text("dossierId"));
		assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(eventStore().dossierEventCount()).isEqualTo(eventsBefore + 1);
	}

	@Test
	void aRetriedStepHasOneEffect() {
		String dossierId = CriminalRecordCertificate.submitted(api());
		String key = UUID.randomUUID().toString();
		long eventsBefore = eventStore().dossierEventCount();

		Reply first = withKey(key, path(dossierId, "/receipt"), Map.of("actingOfficerId", DESK));
		Reply retried = withKey(key, path(dossierId, "/receipt"), Map.of("actingOfficerId", DESK));

		assertThat(first.status()).as("first %s", first).isEqualTo(200);
		assertThat(retried.status()).as("retry %s", retried).isEqualTo(200);
		assertThat(retried.json()).isEqualTo(first.json());
		assertThat(eventStore().dossierEventCount()).isEqualTo(eventsBefore + 1);
	}

	@Test
	void refusesTheSameKeyForAnotherRequestAndStoresNothing() {
		String dossierId = CriminalRecordCertificate.submitted(api());
		String key = UUID.randomUUID().toString();
		assertThat(withKey(key, path(dossierId, "/receipt"), Map.of("actingOfficerId", DESK)).status()).isEqualTo(200);
		long eventsBefore = eventStore().dossierEventCount();

		Reply reused = withKey(key, path(dossierId, "/transfers"),
				Map.of("actingOfficerId", DESK, "toOfficerId", SPECIALIST, "stepCode", "THAM_DINH"));

		assertThat(reused.status()).as("reused key %s", reused).isEqualTo(422);
		assertThat(reused.contentType().toString()).isEqualTo("application/problem+json");
		assertThat(reused.text("type")).endsWith("/idempotency-key-reused");
		assertThat(reused.text("parameter")).isEqualTo(KEY);
		assertThat(eventStore().dossierEventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void holdsAKeyPerCaller() {
		String key = UUID.randomUUID().toString();

		Reply first = withKey(key, "/api/dossiers", submission("subj-idem-" + UUID.randomUUID()));
		Reply second = withKey(key, "/api/dossiers", submission("subj-idem-" + UUID.randomUUID()));

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).as("another citizen, same key %s", second).isEqualTo(201);
		assertThat(second.text("dossierId")).isNotEqualTo(first.text("dossierId"));
	}

	@Test
	void aRefusedAttemptLetsTheKeyGoSoThatTheRetryRunsTheCommand() {
		String dossierId = CriminalRecordCertificate.submitted(api());
		String key = UUID.randomUUID().toString();
		Map<String, Object> transfer = Map.of("actingOfficerId", DESK, "toOfficerId", SPECIALIST, "stepCode",
				"THAM_DINH");

		Reply tooEarly = withKey(key, path(dossierId, "/transfers"), transfer);
		CriminalRecordCertificate.step(api(), dossierId, "/receipt", Map.of("actingOfficerId", DESK));
		Reply retried = withKey(key, path(dossierId, "/transfers"), transfer);

		assertThat(tooEarly.status()).as("transfer before receipt %s", tooEarly).isEqualTo(409);
		assertThat(retried.status()).as("retry after receipt %s", retried).isEqualTo(200);
		assertThat(retried.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void refusesAKeyThatIsNotVisibleAscii() {
		String dossierId = CriminalRecordCertificate.submitted(api());
		long eventsBefore = eventStore().dossierEventCount();

		Reply refused = withKey("a key with spaces", path(dossierId, "/receipt"), Map.of("actingOfficerId", DESK));

		assertThat(refused.status()).as("%s", refused).isEqualTo(400);
		assertThat(refused.text("parameter")).isEqualTo(KEY);
		assertThat(eventStore().dossierEventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void concurrentRetriesHaveOneEffectAndTheRestWaitForIt() throws Exception {
		String dossierId = CriminalRecordCertificate.submitted(api());
		String key = UUID.randomUUID().toString();
		long eventsBefore = eventStore().dossierEventCount();

		List<Reply> replies = Racers.race(8,
				() -> withKey(key, path(dossierId, "/receipt"), Map.of("actingOfficerId", DESK)));
		Reply afterwards = withKey(key, path(dossierId, "/receipt"), Map.of("actingOfficerId", DESK));

		assertThat(replies).allSatisfy((reply) -> assertThat(reply.status()).as("%s", reply).isIn(200, 409));
		assertThat(replies).filteredOn((reply) -> reply.status() == 409)
			.allSatisfy((reply) -> assertThat(reply.text("type")).endsWith("/idempotent-request-in-progress"))
			.allSatisfy((reply) -> assertThat(reply.header(HttpHeaders.RETRY_AFTER)).isNotBlank());
		assertThat(replies).filteredOn((reply) -> reply.status() == 200)
			.isNotEmpty()
			.allSatisfy((reply) -> assertThat(reply.json()).isEqualTo(afterwards.json()));
		assertThat(afterwards.status()).isEqualTo(200);
		assertThat(eventStore().dossierEventCount()).isEqualTo(eventsBefore + 1);
	}

	@Test
	void aSubmissionCommittedByAnAttemptThatDiedIsAnsweredFromWhatWasKept() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> submission = submission("subj-idem-" + UUID.randomUUID());
		Reply first = withKey(key, "/api/dossiers", submission);
		assertThat(first.status()).isEqualTo(201);
		forgetTheAnswer(key, "COMMITTED", Instant.now().minus(1, ChronoUnit.HOURS));
		long eventsBefore = eventStore().dossierEventCount();

		Reply retried = withKey(key, "/api/dossiers", submission);

		assertThat(retried.status()).as("%s", retried).isEqualTo(201);
		assertThat(retried.text("dossierId")).isEqualTo(first.text("dossierId"));
		assertThat(retried.text("dossierCode")).isEqualTo(first.text("dossierCode"));
		assertThat(retried.version()).isEqualTo(first.version());
		assertThat(retried.json().path("lookupSecret").isNull()).as("the secret was never kept").isTrue();
		assertThat(retried.etag()).isEqualTo(first.etag());
		assertThat(eventStore().dossierEventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void aRetryWaitsWhileTheFirstAttemptHoldsTheKeyAndTakesOverOnceItsLeaseIsOver() {
		String dossierId = CriminalRecordCertificate.awaitingPayment(api());
		String key = UUID.randomUUID().toString();
		Map<String, Object> payment = Map.of("transactionId", "TX-" + UUID.randomUUID(), "amountVnd", FEE, "gateway",
				"NATIONAL_PORTAL");
		Reply first = withKey(key, path(dossierId, "/payments"), payment);
		assertThat(first.status()).as("%s", first).isEqualTo(200);

		forgetTheAnswer(key, "PENDING", Instant.now());
		Reply whileHeld = withKey(key, path(dossierId, "/payments"), payment);
		forgetTheAnswer(key, "PENDING", Instant.now().minus(1, ChronoUnit.HOURS));
		long eventsBefore = eventStore().dossierEventCount();
		Reply afterTheLease = withKey(key, path(dossierId, "/payments"), payment);

		assertThat(whileHeld.status()).as("%s", whileHeld).isEqualTo(409);
		assertThat(whileHeld.header(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(afterTheLease.status()).as("%s", afterTheLease).isEqualTo(200);
		assertThat(afterTheLease.header("Idempotent-Replayed")).as("run again, not replayed").isNull();
		assertThat(afterTheLease.version()).isEqualTo(first.version());
		assertThat(eventStore().dossierEventCount()).as("the gateway's repeated transaction is a no-op")
			.isEqualTo(eventsBefore);
	}

	/** As if the attempt that holds the key had stopped at {@code state}. */
	private void forgetTheAnswer(String key, String state, Instant startedAt) {
		int rows = jdbc().update("update idempotent_request set state = ?, started_at = ?, answer_status = null, "
				+ "answer_body = null where idempotency_key = ?", state, Timestamp.from(startedAt), key);
		assertThat(rows).isEqualTo(1);
	}

	private Reply withKey(String key, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(KEY, key);
		return api().exchange(HttpMethod.POST, path, headers, body, null);
	}

}
