package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Payment callbacks over HTTP: a gateway repeating a callback is answered as before, a
 * transaction id reused for another payment is a conflict naming the rule, and a
 * transaction of another dossier is refused without saying whose it is.
 */
class PaymentCallbacksIT extends SharedLedgerTest {

	private static final String DESK = "hn-tn-01";

	private static final String SPECIALIST = "hn-tp-cv-01";

	private static final long FEE = 200_000;

	@Test
	void answersARepeatedCallbackAsTheFirstAndStoresNothingMore() {
		String dossierId = awaitingPayment();
		String transactionId = newTransactionId();
		Reply paid = api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);
		long eventsBefore = eventStore().eventCount();

		Reply repeated = api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));

		assertThat(repeated.status()).as("repeated callback %s", repeated).isEqualTo(200);
		assertThat(repeated.version()).isEqualTo(paid.version());
		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void refusesAKnownTransactionIdWithAnotherAmountAsAConflict() {
		String dossierId = awaitingPayment();
		String transactionId = newTransactionId();
		Reply paid = api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);

		Reply refused = refusedWithoutStoring(
				() -> api().post(path(dossierId, "/payments"), payment(transactionId, FEE - 1, "NATIONAL_PORTAL")));

		assertThat(refused.text("rule")).isEqualTo("TRANSACTION_ID_REUSED");
	}

	@Test
	void refusesAKnownTransactionIdThroughAnotherGatewayAsAConflict() {
		String dossierId = awaitingPayment();
		String transactionId = newTransactionId();
		Reply paid = api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);

		Reply refused = refusedWithoutStoring(
				() -> api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "LOCAL_GATEWAY")));

		assertThat(refused.text("rule")).isEqualTo("TRANSACTION_ID_REUSED");
	}

	@Test
	void refusesATransactionOfAnotherDossierWithoutNamingThatDossier() {
		String first = awaitingPayment();
		String transactionId = newTransactionId();
		Reply paid = api().post(path(first, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);
		String second = awaitingPayment();

		Reply refused = refusedWithoutStoring(
				() -> api().post(path(second, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL")));

		assertThat(refused.text("rule")).isEqualTo("TRANSACTION_OF_ANOTHER_DOSSIER");
		assertThat(refused.json().toString()).doesNotContain(first);
	}

	@Test
	void aCallbackDeliveredConcurrentlyHasOneEffect() throws Exception {
		String dossierId = awaitingPayment();
		String transactionId = newTransactionId();
		long eventsBefore = eventStore().eventCount();

		List<Reply> replies = Racers.race(8,
				() -> api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL")));

		assertThat(replies).allSatisfy((reply) -> assertThat(reply.status()).as("%s", reply).isEqualTo(200));
		assertThat(replies).extracting(Reply::version).containsOnly(replies.get(0).version());
		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore + 1);
	}

	@Test
	void aFailureCallbackDeliveredTwiceIsRecordedOnce() {
		String dossierId = awaitingPayment();
		String transactionId = newTransactionId();
		Reply failed = api().post(path(dossierId, "/payment-failures"), failure(transactionId));
		assertThat(failed.status()).as("failure %s", failed).isEqualTo(200);
		long eventsBefore = eventStore().eventCount();

		Reply repeated = api().post(path(dossierId, "/payment-failures"), failure(transactionId));

		assertThat(repeated.status()).as("repeated failure %s", repeated).isEqualTo(200);
		assertThat(repeated.version()).isEqualTo(failed.version());
		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void callbacksOutOfOrderEndWithThePaymentConfirmedOnce() {
		String dossierId = awaitingPayment();
		String transactionId = newTransactionId();
		Reply paid = api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);
		long eventsBefore = eventStore().eventCount();

		Reply lateFailure = api().post(path(dossierId, "/payment-failures"), failure(transactionId));
		Reply repeatedConfirmation = api().post(path(dossierId, "/payments"),
				payment(transactionId, FEE, "NATIONAL_PORTAL"));

		assertThat(lateFailure.status()).as("late failure %s", lateFailure).isEqualTo(200);
		assertThat(repeatedConfirmation.status()).isEqualTo(200);
		assertThat(repeatedConfirmation.version()).isEqualTo(paid.version());
		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore);
	}

	/** A criminal-record certificate (2.000488) at the Hà Nội desk, its fee asked for. */
	private String awaitingPayment() {
		Reply submitted = api().post("/api/dossiers",
				Map.of("procedureCode", "2.000488", "channel", "IN_PERSON", "applicant",
						Map.of("subjectRef", "subj-lltp-" + UUID.randomUUID()), "documents",
						List.of(document("TO_KHAI", "a"), document("GIAY_TO_TUY_THAN", "b"))));
		assertThat(submitted.status()).as("submission %s", submitted).isEqualTo(201);
		String dossierId = submitted.text("dossierId");
		step(dossierId, "/receipt", Map.of("actingOfficerId", DESK));
		step(dossierId, "/transfers",
				Map.of("actingOfficerId", DESK, "toOfficerId", SPECIALIST, "stepCode", "THAM_DINH"));
		step(dossierId, "/financial-obligations", Map.of("actingOfficerId", SPECIALIST, "fees", List.of(Map.of("code",
				"PHI_LLTP", "name", "Phí cung cấp thông tin lý lịch tư pháp", "type", "FEE", "amountVnd", FEE))));
		return dossierId;
	}

	private void step(String dossierId, String command, Object body) {
		Reply reply = api().post(path(dossierId, command), body);
		assertThat(reply.status()).as("%s answered %s", command, reply).isEqualTo(200);
	}

	private static Map<String, Object> document(String componentCode, String hashDigit) {
		return Map.of("componentCode", componentCode, "name", componentCode, "copyType", "ELECTRONIC", "sha256",
				hashDigit.repeat(64));
	}

	private static Map<String, Object> payment(String transactionId, long amount, String gateway) {
		return Map.of("transactionId", transactionId, "amountVnd", amount, "gateway", gateway, "eReceiptNumber",
				"BL-" + transactionId);
	}

	private static Map<String, Object> failure(String transactionId) {
		return Map.of("transactionId", transactionId, "amountVnd", FEE, "gateway", "NATIONAL_PORTAL", "reason",
				"Thẻ hết hạn");
	}

	private static String newTransactionId() {
		return "TX-" + UUID.randomUUID();
	}

	private static String path(String dossierId, String command) {
		return "/api/dossiers/" + dossierId + command;
	}

	/** A 409 problem+json, and the event store holds no more events than before. */
	private Reply refusedWithoutStoring(java.util.function.Supplier<Reply> request) {
		long eventsBefore = eventStore().eventCount();
		Reply refused = request.get();
		assertThat(refused.status()).as("refusal %s", refused).isEqualTo(409);
		assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("content type %s", refused.contentType())
			.isTrue();
		assertThat(refused.text("detail")).isNotBlank();
		assertThat(eventStore().eventCount()).as("events stored by a refused command").isEqualTo(eventsBefore);
		return refused;
	}

}
