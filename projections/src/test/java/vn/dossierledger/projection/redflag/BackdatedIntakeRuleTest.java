package vn.dossierledger.projection.redflag;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class BackdatedIntakeRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsAReceiptRecordedNinetyMinutesAfterItsDate() {
		this.harness.feed(submittedWithDocuments(Channel.IN_PERSON, "08:00"));
		String receipt = this.harness.feed(received("08:10", at("16:10")), at("08:10").plus(Duration.ofMinutes(90)));

		RedFlagView flag = this.harness.only(BackdatedIntakeRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(receipt);
		// 90 min against a tolerance of 60: 90 / 120
		assertThat(flag.score()).isEqualTo(0.75);
		assertThat(flag.officerIds()).containsExactly(RECEIVING_OFFICER.id());
		assertThat(flag.raisedAt()).isEqualTo(at("08:10"));
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void aReceiptRecordedWithinTheToleranceRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.IN_PERSON, "08:00"));
		this.harness.feed(received("08:10", at("16:10")), at("08:40"));
		assertThat(this.harness.flags(BackdatedIntakeRule.RULE)).isEmpty();
	}

}
