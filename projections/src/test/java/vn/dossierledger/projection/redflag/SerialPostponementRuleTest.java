package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class SerialPostponementRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsTheSecondApologyWithBothAsEvidence() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		String first = this.harness.feed(apologised("15:00", at("16:10"), at("17:00")));
		assertThat(this.harness.flags(SerialPostponementRule.RULE)).as("one short postponement").isEmpty();
		String second = this.harness.feed(apologised("16:30", at("17:00"), on("2026-03-03", "08:30")));

		RedFlagView flag = this.harness.only(SerialPostponementRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(first, second);
		assertThat(flag.score()).isEqualTo(0.5);
		assertThat(flag.officerIds()).containsExactly(LEADER.id());
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void flagsAPostponementLongerThanTheWholeSla() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		// Two working days (960 working minutes) against an SLA of 8 hours (480).
		this.harness.feed(apologised("15:00", at("16:10"), on("2026-03-04", "16:10")));

		assertThat(this.harness.only(SerialPostponementRule.RULE).score()).isEqualTo(1.0);
	}

}
