package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import vn.dossierledger.app.EventStoreRows.StoredEvent;

/**
 * The command path end to end on one database: a birth registration walked over HTTP
 * until its result is issued, every event stored in order with who acted, then the
 * application closed and a fresh one started on the same database that delivers the
 * result and takes the rating, proving the dossier is re-read from the event store.
 */
abstract class CommandPathContract {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Each step's event and the actor it names, in order. */
	private static final List<Map.Entry<String, String>> EXPECTED_EVENTS = List.of(
			Map.entry("DossierSubmittedEvent", BirthRegistration.APPLICANT),
			Map.entry("DossierReceivedEvent", BirthRegistration.RECEIVING_OFFICER),
			Map.entry("DossierTransferredEvent", BirthRegistration.RECEIVING_OFFICER),
			Map.entry("OpinionRecordedEvent", BirthRegistration.SPECIALIST),
			Map.entry("DossierTransferredEvent", BirthRegistration.SPECIALIST),
			Map.entry("DecisionSignedEvent", BirthRegistration.APPROVING_LEADER),
			Map.entry("DossierTransferredEvent", BirthRegistration.APPROVING_LEADER),
			Map.entry("ResultIssuedEvent", BirthRegistration.CLERK),
			Map.entry("ResultDeliveredEvent", BirthRegistration.RECEIVING_OFFICER),
			Map.entry("SatisfactionRatedEvent", BirthRegistration.APPLICANT));

	private static final int EVENTS_BEFORE_RESTART = 8;

	/** Concurrent first submissions of a day at one agency. */
	private static final int RACING_SUBMISSIONS = 24;

	/** Mã hồ sơ: agency code, legal day, sequence number of the day at that agency. */
	private static final Pattern DOSSIER_CODE = Pattern.compile("([0-9A-Z.]+-\\d{6})-(\\d{5})");

	/** Where the application keeps its data: the same for both starts. */
	protected abstract Map<String, Object> databaseProperties();

	/** Checks of the schema the application migrated, if the database needs any. */
	protected abstract void assertStorageSchema(EventStoreRows storage);

	@Test
	void walksADossierThroughItsLifeAndAFreshApplicationReReadsItFromTheEventStore() throws Exception {
		String dossierId;
		long versionBeforeRestart;
		try (LedgerApplication first = LedgerApplication.start(databaseProperties())) {
			assertStorageSchema(first.eventStore());
			DossierWalk walk = DossierWalk.submit(first.api()).receive().processUntilResultIssued();
			dossierId = walk.dossierId();
			versionBeforeRestart = walk.version();
			assertStoredInOrderWithActors(first.eventStore().eventsOf(dossierId), EVENTS_BEFORE_RESTART);
		}
		assertThat(versionBeforeRestart).isEqualTo(EVENTS_BEFORE_RESTART - 1);

		try (LedgerApplication fresh = LedgerApplication.start(databaseProperties())) {
			DossierWalk walk = DossierWalk.resume(fresh.api(), dossierId, versionBeforeRestart).deliver();
			assertThat(walk.version()).isEqualTo(versionBeforeRestart + 1);
			walk.rate();
			assertStoredInOrderWithActors(fresh.eventStore().eventsOf(dossierId), EXPECTED_EVENTS.size());
			// Each insert takes the next value of the global index's sequence itself,
			// before and after the restart.
			List<Long> globalIndexes = fresh.eventStore().globalIndexes();
			assertThat(globalIndexes).hasSize(EXPECTED_EVENTS.size());
			assertThat(globalIndexes).containsExactlyElementsOf(
					LongStream.range(globalIndexes.get(0), globalIndexes.get(0) + globalIndexes.size())
						.boxed()
						.toList());
		}
	}

	/**
	 * The first submissions of a day race to create the agency's counter row for that day
	 * (the database starts without one): every submission succeeds and gets its own code,
	 * the day's numbers have no gap and no repeat, and the expected race is logged at no
	 * more than DEBUG (Hibernate logged the lost insert's duplicate key at ERROR).
	 */
	@Test
	void concurrentFirstSubmissionsOfTheDayEachGetTheirOwnCode() throws Exception {
		try (LedgerApplication application = LedgerApplication.start(databaseProperties())) {
			assertThat(application.eventStore()
				.jdbc()
				.queryForObject("select count(*) from dossier_code_counter", Long.class))
				.as("counter rows before the race")
				.isZero();
			LedgerApi api = application.api();
			Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			ListAppender<ILoggingEvent> logged = new ListAppender<>();
			logged.start();
			root.addAppender(logged);
			List<LedgerApi.Reply> replies;
			try {
				replies = Racers.race(RACING_SUBMISSIONS,
						() -> api.post("/api/dossiers", BirthRegistration.submission(null)));
			}
			finally {
				root.detachAppender(logged);
			}

			assertThat(logged.list).filteredOn((event) -> event.getLevel().isGreaterOrEqual(Level.ERROR))
				.extracting(ILoggingEvent::getFormattedMessage)
				.isEmpty();

			assertThat(replies).allSatisfy((reply) -> assertThat(reply.status()).as("%s", reply).isEqualTo(201));
			List<String> codes = replies.stream().map((reply) -> reply.text("dossierCode")).toList();
			assertThat(codes).doesNotHaveDuplicates().allMatch((code) -> DOSSIER_CODE.matcher(code).matches());
			// One prefix unless the race straddles midnight in Hà Nội.
			Map<String, List<Long>> numbersByPrefix = codes.stream()
				.map(DOSSIER_CODE::matcher)
				.filter(Matcher::matches)
				.collect(Collectors.groupingBy((code) -> code.group(1),
						Collectors.mapping((code) -> Long.parseLong(code.group(2)), Collectors.toList())));
			numbersByPrefix.forEach((prefix, numbers) -> assertThat(numbers).as("numbers of %s", prefix)
				.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList()));
		}
	}

	private static void assertStoredInOrderWithActors(List<StoredEvent> stored, int expectedCount) throws Exception {
		List<Map.Entry<String, String>> expected = EXPECTED_EVENTS.subList(0, expectedCount);
		assertThat(stored).extracting(StoredEvent::simpleType)
			.containsExactlyElementsOf(expected.stream().map(Map.Entry::getKey).toList());
		assertThat(stored).extracting(StoredEvent::sequenceNumber)
			.containsExactlyElementsOf(LongStream.range(0, expectedCount).boxed().toList());
		for (int i = 0; i < expectedCount; i++) {
			JsonNode payload = JSON.readTree(stored.get(i).payloadJson());
			assertThat(payload.path("actor").path("id").asText()).as("actor of %s", stored.get(i).simpleType())
				.isEqualTo(expected.get(i).getValue());
		}
	}

}
