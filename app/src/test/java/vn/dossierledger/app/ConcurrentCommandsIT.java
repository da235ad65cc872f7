package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Commands racing on one dossier: each is either stored or refused with a clear 409,
 * never a 500 and never lost — the event count equals the number of accepted commands.
 */
class ConcurrentCommandsIT extends SharedLedgerTest {

	private static final int RACERS = 12;

	@Test
	void concurrentOpinionsAreEachStoredOrRefusedWithAConflict() throws Exception {
		DossierWalk walk = DossierWalk.submit(api()).receive().transfer("hn-phk-tn-01", "hn-phk-cv-01", "THAM_DINH");
		int eventsBefore = eventStore().eventsOf(walk.dossierId()).size();

		List<LedgerApi.Reply> replies = Racers.race(RACERS,
				() -> api().post(walk.path("/opinions"), BirthRegistration.approvingOpinion()));

		List<Integer> statuses = replies.stream().map(LedgerApi.Reply::status).toList();
		assertThat(statuses).allMatch(status -> status == 200 || status == 409);
		long accepted = statuses.stream().filter(status -> status == 200).count();
		assertThat(accepted).isPositive();
		assertThat(eventStore().eventsOf(walk.dossierId())).hasSize(eventsBefore + (int) accepted);
		assertThat(replies.stream().filter(reply -> reply.status() == 200).map(LedgerApi.Reply::etag))
			.doesNotHaveDuplicates();
	}

	@Test
	void racersSendingTheSameIfMatchLeaveExactlyOneWinner() throws Exception {
		DossierWalk walk = DossierWalk.submit(api()).receive().transfer("hn-phk-tn-01", "hn-phk-cv-01", "THAM_DINH");
		long seen = walk.version();

		List<LedgerApi.Reply> replies = Racers.race(RACERS,
				() -> api().post(walk.path("/opinions"), BirthRegistration.approvingOpinion(), seen));

		assertThat(replies).filteredOn(reply -> reply.status() == 200).hasSize(1);
		assertThat(replies).filteredOn(reply -> reply.status() == 409)
			.hasSize(RACERS - 1)
			.allSatisfy(reply -> assertThat(reply.contentType().toString()).contains("problem+json"));
		assertThat(eventStore().eventsOf(walk.dossierId())).hasSize((int) seen + 2);
	}

}
