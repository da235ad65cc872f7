package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

/**
 * F6 from recorded events only: the statutory clock's {@code HoldingLimitExceededEvent}
 * raises it with the limit and the factor it records, later events of the dossier refresh
 * its score, a hand-on closes it, and a replay gives the same flag back.
 */
class ParkedWithOfficerRuleTest {

	/**
	 * 08:20 → 11:20 is 180 working minutes; 2 × 180 from 08:20 ends at 15:50 (lunch
	 * 11:30–13:00).
	 */
	private static final Instant LIMIT = at("15:50");

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void raisesTheFlagAtTheRecordedHoldingLimitAndClosesItWhenTheDossierIsHandedOn() {
		String transfer = walkToSpecialist();
		this.harness.feed(specialistOpinion("15:40"));
		assertThat(this.harness.flags(ParkedWithOfficerRule.RULE)).isEmpty();

		String exceeded = this.harness.feed(holdingLimitExceeded("08:20", LIMIT));
		RedFlagView flag = this.harness.only(ParkedWithOfficerRule.RULE);
		assertThat(flag.open()).isTrue();
		assertThat(flag.raisedAt()).isEqualTo(LIMIT);
		assertThat(flag.evidenceEventIds()).containsExactly(transfer, exceeded);
		assertThat(flag.officerIds()).containsExactly(SPECIALIST.id());
		assertThat(flag.unitId()).isEqualTo(SPECIALIST_UNIT);
		assertThat(flag.score()).as("held exactly up to the limit").isEqualTo(0.5);
		assertThat(flag.description()).contains(SPECIALIST.id(), "2.0 ×", LIMIT.toString());
		this.harness.assertRedeliveryChangesNothing();

		this.harness.feed(specialistOpinion("16:00"));
		// 10 min beyond a limit 450 min after the transfer: 0.5 + 0.5 × 10/450
		assertThat(this.harness.only(ParkedWithOfficerRule.RULE).score()).isEqualTo(0.511);

		this.harness.feed(transferred(SPECIALIST, LEADER, "TRINH_KY", "16:30", "17:00"));
		RedFlagView closed = this.harness.only(ParkedWithOfficerRule.RULE);
		assertThat(closed.open()).isFalse();
		assertThat(closed.closedAt()).isEqualTo(at("16:30"));
		assertThat(closed.closedReason()).contains("DossierTransferredEvent");
		assertThat(closed.score()).as("as of the hand-over: 40 of 450 min").isEqualTo(0.544);
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void withoutTheRecordedLimitNothingIsRaisedHoweverLongTheOfficerHolds() {
		walkToSpecialist();
		this.harness.feed(specialistOpinion("17:00"));
		this.harness
			.feed(new DossierTransferredEvent(DOSSIER_ID, new Holder(SPECIALIST.id(), SPECIALIST.unitId(), "hn-phk"),
					new Holder(LEADER.id(), LEADER.unitId(), "hn-phk"), "TRINH_KY", on("2026-03-03", "11:00"),
					SPECIALIST, on("2026-03-03", "09:00")));

		assertThat(this.harness.flags(ParkedWithOfficerRule.RULE)).isEmpty();
	}

	@Test
	void saysTheFactorTheLedgerRecorded() {
		walkToSpecialist();
		Instant limit = on("2026-03-03", "10:20");
		this.harness
			.feed(new HoldingLimitExceededEvent(DOSSIER_ID, new Holder(SPECIALIST.id(), SPECIALIST.unitId(), "hn-phk"),
					"THAM_DINH", 2, at("08:20"), 3, limit, Actor.STATUTORY_CLOCK, limit));

		RedFlagView flag = this.harness.only(ParkedWithOfficerRule.RULE);
		assertThat(flag.raisedAt()).isEqualTo(limit);
		assertThat(flag.description()).contains("3.0 ×");
	}

	@Test
	void aResultClosesIt() {
		walkToSpecialist();
		this.harness.feed(holdingLimitExceeded("08:20", LIMIT));
		this.harness.feed(resultIssued("16:10"));

		RedFlagView closed = this.harness.only(ParkedWithOfficerRule.RULE);
		assertThat(closed.open()).isFalse();
		assertThat(closed.closedAt()).isEqualTo(at("16:10"));
	}

	@Test
	void aReplayOfTheHistoryGivesBackTheSameFlags() {
		walkToSpecialist();
		this.harness.feed(holdingLimitExceeded("08:20", LIMIT));
		this.harness.feed(specialistOpinion("16:20"));
		this.harness.feed(withdrawalRequested("16:25"));
		this.harness.feed(withdrawalAccepted("16:40"));
		List<RedFlagView> live = this.harness.flags();
		assertThat(live).extracting(RedFlagView::ruleId).contains(ParkedWithOfficerRule.RULE.id());

		this.harness.replay();

		assertThat(this.harness.flags()).isEqualTo(live);
	}

	/**
	 * @return the transfer's event id
	 */
	private String walkToSpecialist() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", on("2026-03-03", "16:10")));
		return this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
	}

}
