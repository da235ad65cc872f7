package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.app.CriminalRecordCertificate.FEE;
import static vn.dossierledger.app.CriminalRecordCertificate.path;

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

	@Test
	void answersARepeatedCallbackAsTheFirstAndStoresNothingMore() {
		String dossierId = CriminalRecordCertificate.awaitingPayment(api());
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
		String dossierId = CriminalRecordCertificate.awaitingPayment(api());
		String transactionId = newTransactionId();
		Reply paid = api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);

		Reply refused = refusedWithoutStoring(
				() -> api().post(path(dossierId, "/payments"), payment(transactionId, FEE - 1, "NATIONAL_PORTAL")));

		assertThat(refused.text("rule")).isEqualTo("TRANSACTION_ID_REUSED");
	}

	@Test
	void refusesAKnownTransactionIdThroughAnotherGatewayAsAConflict() {
		String dossierId = CriminalRecordCertificate.awaitingPayment(api());
		String transactionId = newTransactionId();
		Reply paid = api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);

		Reply refused = refusedWithoutStoring(
				() -> api().post(path(dossierId, "/payments"), payment(transactionId, FEE, "LOCAL_GATEWAY")));

		assertThat(refused.text("rule")).isEqualTo("TRANSACTION_ID_REUSED");
	}

	@Test
	void refusesATransactionOfAnotherDossierWithoutNamingThatDossier() {
		String first = CriminalRecordCertificate.awaitingPayment(api());
		String transactionId = newTransactionId();
		Reply paid = api().post(path(first, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL"));
		assertThat(paid.status()).as("payment %s", paid).isEqualTo(200);
		String second = CriminalRecordCertificate.awaitingPayment(api());

		Reply refused = refusedWithoutStoring(
				() -> api().post(path(second, "/payments"), payment(transactionId, FEE, "NATIONAL_PORTAL")));

		assertThat(refused.text("rule")).isEqualTo("TRANSACTION_OF_ANOTHER_DOSSIER");
		assertThat(refused.json().toString()).doesNotContain(first);
	}

	@Test
	void aCallbackDeliveredConcurrentlyHasOneEffect() throws Exception {
		String dossierId = CriminalRecordCertificate.awaitingPayment(api());
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
		String dossierId = CriminalRecordCertificate.awaitingPayment(api());
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
		String dossierId = CriminalRecordCertificate.awaitingPayment(api());
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
