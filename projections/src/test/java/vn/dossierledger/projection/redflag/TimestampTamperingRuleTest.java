package vn.dossierledger.projection.redflag;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class TimestampTamperingRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsAnEventDatedBeforeThePreviousOne() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String receipt = this.harness.feed(received("09:00", at("17:00")));
		String transfer = this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:30", "11:20"),
				at("09:05"));

		RedFlagView flag = this.harness.only(TimestampTamperingRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(receipt, transfer);
		assertThat(flag.score()).isEqualTo(1.0);
		assertThat(flag.officerIds()).containsExactly(RECEIVING_OFFICER.id());
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void flagsAnOfficerActionRecordedThirtySixHoursLate() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		String opinion = this.harness.feed(specialistOpinion("09:00"), at("09:00").plus(Duration.ofHours(36)));

		RedFlagView flag = this.harness.only(TimestampTamperingRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(opinion);
		// 0.5 × 36 / 24
		assertThat(flag.score()).isEqualTo(0.75);
		assertThat(flag.officerIds()).containsExactly(SPECIALIST.id());
	}

	@Test
	void theStatutoryClockDatingItsEventAtTheDueDateIsNoTampering() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(apologised("16:30", at("16:10"), on("2026-03-03", "10:00")));
		this.harness.feed(dueDateMissed(at("16:10")), on("2026-03-03", "09:00"));
		assertThat(this.harness.flags(TimestampTamperingRule.RULE)).isEmpty();
	}

}
