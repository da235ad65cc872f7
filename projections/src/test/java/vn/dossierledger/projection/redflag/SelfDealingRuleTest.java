package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class SelfDealingRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsTheReceivingOfficerSigningTheDecision() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String receipt = this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(specialistOpinion("09:00"));
		String decision = this.harness.feed(decisionSigned(RECEIVING_OFFICER, "10:00"));

		RedFlagView flag = this.harness.only(SelfDealingRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(receipt, decision);
		assertThat(flag.score()).as("the birth registration's rulebook requires separation").isEqualTo(1.0);
		assertThat(flag.officerIds()).containsExactly(RECEIVING_OFFICER.id());
		this.harness.assertRedeliveryChangesNothing();
		this.harness.feed(resultIssued("11:00"));
		assertThat(this.harness.only(SelfDealingRule.RULE).open()).isTrue();
	}

	@Test
	void aLeaderSigningRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(decisionSignedByLeader("10:00"));
		assertThat(this.harness.flags(SelfDealingRule.RULE)).isEmpty();
	}

}
