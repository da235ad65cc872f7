package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.junit.jupiter.api.Test;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;

/**
 * Commands racing each other, whether the events are stored in the database's transaction
 * (JPA) or outside it (Axon Server). Keys that only one dossier may hold — its code, a
 * payment's transaction id — stay unique: one wins, the others are refused with the rule.
 * Commands racing on one dossier are each stored or refused with the version to go on
 * from. No refused command leaves an event behind.
 */
interface RacingCommandsOnEveryStore extends EventStoreContractSupport {

	int RACERS = 8;

	@Test
	default void submissionsRacingForOneDossierCodeLeaveOneDossierWithIt() throws Exception {
		String dossierCode = "CONTRACT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		TrackingToken before = eventStore().createHeadToken();

		List<Reply> replies = Racers.race(RACERS,
				() -> application().api().post("/api/dossiers", BirthRegistration.submission(dossierCode)));

		assertThat(replies).filteredOn((reply) -> reply.status() == 201).as("%s", replies).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.status() != 201)
			.allSatisfy((refused) -> assertThat(refused.status()).as("%s", refused).isEqualTo(409));
		assertThat(eventsSince(before, DossierSubmittedEvent.class)).extracting(DossierSubmittedEvent::dossierCode)
			.containsExactly(dossierCode);
	}

	@Test
	default void oneTransactionIdRacedOnTwoDossiersIsTakenByOne() throws Exception {
		String first = CriminalRecordCertificate.awaitingPayment(application().api());
		String second = CriminalRecordCertificate.awaitingPayment(application().api());
		String transactionId = "TX-" + UUID.randomUUID();
		TrackingToken before = eventStore().createHeadToken();

		List<String> racing = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			racing.add((i % 2 == 0) ? first : second);
		}
		List<Reply> replies = Racers.race(RACERS, () -> {
			String dossierId;
			synchronized (racing) {
				dossierId = racing.remove(0);
			}
			return application().api()
				.post(CriminalRecordCertificate.path(dossierId, "/payments"),
						Map.of("transactionId", transactionId, "amountVnd", CriminalRecordCertificate.FEE, "gateway",
								"NATIONAL_PORTAL", "eReceiptNumber", "BL-" + transactionId));
		});

		List<PaymentSucceededEvent> payments = eventsSince(before, PaymentSucceededEvent.class);
		assertThat(payments).as("payments stored for %s", transactionId).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.status() != 200)
			.allSatisfy((refused) -> assertThat(refused.status()).as("%s", refused).isEqualTo(409));
	}

	@Test
	default void opinionsRacingOnOneDossierAreEachStoredOrRefusedWithTheCurrentVersion() throws Exception {
		DossierWalk walk = DossierWalk.submit(application().api())
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		TrackingToken before = eventStore().createHeadToken();

		List<Reply> replies = Racers.race(RACERS,
				() -> application().api().post(walk.path("/opinions"), BirthRegistration.approvingOpinion()));

		List<Reply> accepted = replies.stream().filter((reply) -> reply.status() == 200).toList();
		assertThat(accepted).as("%s", replies).isNotEmpty();
		assertThat(accepted).extracting(Reply::version).doesNotHaveDuplicates();
		assertThat(replies).filteredOn((reply) -> reply.status() != 200).allSatisfy((refused) -> {
			assertThat(refused.status()).as("%s", refused).isEqualTo(409);
			assertThat(refused.json().path("actualVersion").isNumber()).as("%s", refused).isTrue();
		});
		assertThat(eventsOfDossierSince(before, walk.dossierId())).hasSize(accepted.size());
	}

	@Test
	default void racersSendingTheSameIfMatchLeaveOneWinnerAndLearnItsVersion() throws Exception {
		DossierWalk walk = DossierWalk.submit(application().api())
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		long seen = walk.version();

		List<Reply> replies = Racers.race(RACERS,
				() -> application().api().post(walk.path("/opinions"), BirthRegistration.approvingOpinion(), seen));

		assertThat(replies).filteredOn((reply) -> reply.status() == 200).as("%s", replies).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.status() != 200)
			.hasSize(RACERS - 1)
			.allSatisfy((refused) -> assertThat(refused.json().path("actualVersion").asLong()).as("%s", refused)
				.isEqualTo(seen + 1))
			.allSatisfy((refused) -> assertThat(refused.status()).isEqualTo(409));
	}

	private EventStore eventStore() {
		return application().bean(EventStore.class).orElseThrow();
	}

	/**
	 * The dossier's events stored after {@code token}, as {@link #eventsSince} reads
	 * them.
	 */
	private List<Object> eventsOfDossierSince(TrackingToken token, String dossierId) throws InterruptedException {
		List<Object> found = new ArrayList<>();
		try (BlockingStream<TrackedEventMessage<?>> stream = eventStore().openStream(token)) {
			while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
				TrackedEventMessage<?> event = stream.nextAvailable();
				if (event instanceof DomainEventMessage<?> domainEvent
						&& dossierId.equals(domainEvent.getAggregateIdentifier())) {
					found.add(event.getPayload());
				}
			}
		}
		return found;
	}

	/**
	 * The events of a type stored after {@code token}, read through Axon's event store
	 * API as every store offers it, until the store has had nothing more for a while.
	 */
	private <T> List<T> eventsSince(TrackingToken token, Class<T> type) throws InterruptedException {
		List<T> found = new ArrayList<>();
		try (BlockingStream<TrackedEventMessage<?>> stream = eventStore().openStream(token)) {
			while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
				EventMessage<?> event = stream.nextAvailable();
				if (type.isAssignableFrom(event.getPayloadType())) {
					found.add(type.cast(event.getPayload()));
				}
			}
		}
		return found;
	}

}
