package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class StepSkippingRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsADecisionSignedWithoutASpecialistOpinion() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(transferred(RECEIVING_OFFICER, LEADER, "TRINH_KY", "08:20", "10:20"));
		String decision = this.harness.feed(decisionSignedByLeader("09:00"));

		RedFlagView flag = this.harness.only(StepSkippingRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(decision);
		assertThat(flag.score()).isEqualTo(1.0);
		assertThat(flag.officerIds()).containsExactly(LEADER.id());
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void aDecisionAfterTheSpecialistsOpinionRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(specialistOpinion("08:50"));
		this.harness.feed(decisionSignedByLeader("09:00"));
		assertThat(this.harness.flags(StepSkippingRule.RULE)).isEmpty();
	}

}
