package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

/**
 * F4 from recorded events only: the statutory clock's {@code DueDateMissedEvent} raises
 * it, later events of the dossier refresh its score, and a replay of the same history
 * gives the same flag back.
 */
class LateWithoutApologyRuleTest {

	private static final Instant DUE = at("16:10");

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void raisesTheFlagAtTheMissedDueDateAndAnApologyClosesIt() {
		String receipt = walkToSpecialist();
		this.harness.feed(specialistOpinion("16:00"));
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).as("not yet due").isEmpty();

		this.harness.feed(dueDateMissed(DUE));
		RedFlagView flag = this.harness.only(LateWithoutApologyRule.RULE);
		assertThat(flag.raisedAt()).isEqualTo(DUE);
		assertThat(flag.open()).isTrue();
		assertThat(flag.evidenceEventIds()).containsExactly(receipt);
		assertThat(flag.officerIds()).containsExactly(SPECIALIST.id());
		assertThat(flag.unitId()).isEqualTo(SPECIALIST_UNIT);
		assertThat(flag.score()).as("nothing overdue yet at the due date").isEqualTo(0.5);
		this.harness.assertRedeliveryChangesNothing();

		String apology = this.harness.feed(apologised("17:00", DUE, on("2026-03-03", "16:00")));
		RedFlagView closed = this.harness.only(LateWithoutApologyRule.RULE);
		assertThat(closed.open()).isFalse();
		assertThat(closed.closedAt()).isEqualTo(at("17:00"));
		assertThat(closed.closedReason()).contains("apology", apology);
		// As of the apology, the last event it saw open: 50 of 480 working minutes
		// overdue.
		assertThat(closed.score()).isEqualTo(0.552);
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void timePassingWithNothingRecordedRaisesNothing() {
		walkToSpecialist();
		// Due on 2 March 2026: long past on any wall clock running this test, but the
		// ledger holds nothing after the transfer.
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
		this.harness.replay();
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
	}

	@Test
	void aLaterEventRefreshesTheScoreAsOfItsOwnBusinessTime() {
		walkToSpecialist();
		this.harness.feed(dueDateMissed(DUE));
		this.harness.feed(specialistOpinion("17:00"));

		// 50 of 480 working minutes overdue: 0.5 + 0.5 × 50/480
		assertThat(this.harness.only(LateWithoutApologyRule.RULE).score()).isEqualTo(0.552);
	}

	@Test
	void aMissedDueDateRecordedAfterLaterEventsDoesNotLowerTheScore() {
		walkToSpecialist();
		this.harness.feed(specialistOpinion("17:00"));
		this.harness.feed(dueDateMissed(DUE), at("17:05"));

		RedFlagView flag = this.harness.only(LateWithoutApologyRule.RULE);
		assertThat(flag.raisedAt()).isEqualTo(DUE);
		assertThat(flag.score()).isEqualTo(0.552);
	}

	@Test
	void aReplayOfTheHistoryGivesBackTheSameFlags() {
		walkToSpecialist();
		this.harness.feed(dueDateMissed(DUE));
		this.harness.feed(specialistOpinion("17:00"));
		this.harness.feed(apologised("17:30", DUE, on("2026-03-03", "16:00")));
		List<RedFlagView> live = this.harness.flags();
		assertThat(live).extracting(RedFlagView::ruleId).contains(LateWithoutApologyRule.RULE.id());

		this.harness.replay();

		assertThat(this.harness.flags()).isEqualTo(live);
	}

	@Test
	void anApologyIssuedAtTheDueDateItselfIsInTime() {
		walkToSpecialist();
		this.harness.feed(apologised("16:10", DUE, on("2026-03-03", "16:00")));
		this.harness.feed(specialistOpinion("17:00"));

		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
	}

	@Test
	void withAGraceTheFlagWaitsForTheFirstEventAfterTheDueDatePlusTheGrace() {
		RedFlagHarness graceful = new RedFlagHarness(withApologyGrace(Duration.ofMinutes(30)));
		walkToSpecialist(graceful);
		graceful.feed(dueDateMissed(DUE));
		graceful.feed(specialistOpinion("16:40"));
		assertThat(graceful.flags(LateWithoutApologyRule.RULE)).as("an apology up to due + grace is in time").isEmpty();

		graceful.feed(specialistOpinion("16:50"));

		RedFlagView flag = graceful.only(LateWithoutApologyRule.RULE);
		assertThat(flag.raisedAt()).isEqualTo(DUE.plus(Duration.ofMinutes(30)));
		// As of 16:50: 40 of 480 working minutes past the due date.
		assertThat(flag.score()).isEqualTo(0.542);
	}

	@Test
	void aDossierResolvedInTimeIsNeverFlagged() {
		walkToSpecialist();
		this.harness.feed(resultIssued("15:00"));
		this.harness.feed(delivered("17:00"));
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
	}

	@Test
	void aMissedDueDateWhileTheClockIsPausedRaisesNothing() {
		walkToSpecialist();
		this.harness.feed(supplementRequested("15:00"));
		this.harness.feed(dueDateMissed(DUE));
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
	}

	private String walkToSpecialist() {
		return walkToSpecialist(this.harness);
	}

	private static String walkToSpecialist(RedFlagHarness harness) {
		harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String receipt = harness.feed(received("08:10", DUE));
		harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
		return receipt;
	}

	private static RedFlagProperties withApologyGrace(Duration grace) {
		RedFlagProperties defaults = RedFlagProperties.defaults();
		return new RedFlagProperties(defaults.minReasonLength(), defaults.signedRejectionWindow(), grace,
				defaults.clockGamingFraction(), defaults.backdatingTolerance(), defaults.maxRecordingDelay(),
				defaults.sweepInterval(), defaults.indexBatchSize());
	}

}
