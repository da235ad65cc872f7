package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class ParkedWithOfficerRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsASpecialistHoldingTheDossierTwiceTheStepsTimeAndClosesWhenHandedOn() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", on("2026-03-03", "16:10")));
		// 08:20 → 11:20 is 180 working minutes; 2 × 180 from 08:20 ends at 15:50 (lunch
		// 11:30–13:00).
		String transfer = this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
		this.harness.sweep(at("15:40"));
		assertThat(this.harness.flags(ParkedWithOfficerRule.RULE)).isEmpty();

		this.harness.sweep(at("16:00"));
		RedFlagView flag = this.harness.only(ParkedWithOfficerRule.RULE);
		assertThat(flag.raisedAt()).isEqualTo(at("15:50"));
		assertThat(flag.evidenceEventIds()).containsExactly(transfer);
		assertThat(flag.officerIds()).containsExactly(SPECIALIST.id());
		assertThat(flag.unitId()).isEqualTo(SPECIALIST_UNIT);
		// 10 min beyond a threshold 450 min after the transfer: 0.5 + 0.5 × 10/450
		assertThat(flag.score()).isEqualTo(0.511);
		this.harness.assertRedeliveryChangesNothing();

		this.harness.feed(transferred(SPECIALIST, LEADER, "TRINH_KY", "16:30", "17:00"));
		RedFlagView closed = this.harness.only(ParkedWithOfficerRule.RULE);
		assertThat(closed.open()).isFalse();
		assertThat(closed.closedAt()).isEqualTo(at("16:30"));
		assertThat(closed.closedReason()).contains("DossierTransferredEvent");
		assertThat(closed.score()).as("as of the hand-over: 40 of 450 min").isEqualTo(0.544);
		this.harness.assertRedeliveryChangesNothing();
	}

}
