package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class GhostCompletionRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsAPaperResultOfAnOnlineDossierAndItsOnlineDelivery() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		String paper = this.harness
			.feed(new ResultIssuedEvent(DOSSIER_ID, "GKS", "123/2026/GKS", "e".repeat(64), false, CLERK, at("11:00")));
		String delivery = this.harness.feed(new ResultDeliveredEvent(DOSSIER_ID, DeliveryMethod.ONLINE, APPLICANT, null,
				RECEIVING_OFFICER, at("11:30")));

		assertThat(this.harness.flags(GhostCompletionRule.RULE))
			.extracting(RedFlagView::evidenceEventIds, RedFlagView::score, RedFlagView::open)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(java.util.List.of(paper), 0.5, true),
					org.assertj.core.groups.Tuple.tuple(java.util.List.of(delivery), 1.0, true));
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void anElectronicResultDeliveredOnlineRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(resultIssued("11:00"));
		this.harness.feed(delivered("11:30"));
		assertThat(this.harness.flags(GhostCompletionRule.RULE)).isEmpty();
	}

}
