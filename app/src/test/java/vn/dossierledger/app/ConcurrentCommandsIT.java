package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
			.allSatisfy(reply -> assertThat(reply.contentType().toString()).contains("problem+json"))
			.allSatisfy(reply -> assertThat(reply.json().path("actualVersion").asLong()).isEqualTo(seen + 1));
		assertThat(eventStore().eventsOf(walk.dossierId())).hasSize((int) seen + 2);
	}

	/**
	 * Clients on several dossiers at once, each sending the version it last saw and, when
	 * refused, going on from the version the refusal names: every success made a version
	 * of its own and is one stored event, so no update was lost.
	 */
	@Test
	void clientsFollowingTheVersionInEachConflictLoseNoUpdate() throws Exception {
		List<DossierWalk> walks = List.of(inAppraisal(), inAppraisal());
		long eventsBefore = eventStore().dossierEventCount();

		List<List<String>> made = Racers.race(6, () -> {
			List<String> versions = new ArrayList<>();
			for (DossierWalk walk : walks) {
				versions.addAll(opinionsFollowingConflicts(walk, 4));
			}
			return versions;
		});

		List<String> versions = made.stream().flatMap(List::stream).toList();
		assertThat(versions).hasSize(6 * 4 * walks.size())
			.doesNotHaveDuplicates()
			.noneMatch((version) -> version.startsWith("unexpected"));
		assertThat(eventStore().dossierEventCount()).isEqualTo(eventsBefore + versions.size());
		for (DossierWalk walk : walks) {
			assertThat(eventStore().eventsOf(walk.dossierId())).hasSize((int) walk.version() + 1 + 6 * 4);
		}
	}

	/** Opinions sent with the version last seen until {@code wanted} went through. */
	private List<String> opinionsFollowingConflicts(DossierWalk walk, int wanted) {
		List<String> made = new ArrayList<>();
		long seen = walk.version();
		while (made.size() < wanted) {
			LedgerApi.Reply reply = api().post(walk.path("/opinions"), BirthRegistration.approvingOpinion(), seen);
			if (reply.status() == 200) {
				seen = reply.version();
				made.add(walk.dossierId() + "@" + seen);
			}
			else if (reply.status() == 409 && reply.json().path("actualVersion").asLong(-1) > seen) {
				seen = reply.json().path("actualVersion").asLong();
			}
			else {
				made.add("unexpected " + reply);
				return made;
			}
		}
		return made;
	}

	private DossierWalk inAppraisal() {
		return DossierWalk.submit(api()).receive().transfer("hn-phk-tn-01", "hn-phk-cv-01", "THAM_DINH");
	}

}
