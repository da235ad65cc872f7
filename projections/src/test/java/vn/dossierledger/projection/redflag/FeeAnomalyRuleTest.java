package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class FeeAnomalyRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsCashAtTheDeskForAnOnlineDossierAndARefundAfterDelivery() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(feesRequested("08:20", 8000));
		String cash = this.harness
			.feed(new PaymentSucceededEvent(DOSSIER_ID, "tx-cash", 8000, PaymentGateway.CASH_AT_DESK, "BL-1", 0,
					at("16:20"), Actor.paymentGateway(PaymentGateway.CASH_AT_DESK), at("08:30")));
		RedFlagView cashFlag = this.harness.only(FeeAnomalyRule.RULE);
		assertThat(cashFlag.evidenceEventIds()).containsExactly(cash);
		assertThat(cashFlag.score()).isEqualTo(0.8);
		assertThat(cashFlag.officerIds()).containsExactly(RECEIVING_OFFICER.id());
		assertThat(cashFlag.unitId()).isEqualTo(DESK_UNIT);

		this.harness.feed(resultIssued("11:00"));
		this.harness.feed(delivered("11:30"));
		String refund = this.harness
			.feed(new PaymentRefundedEvent(DOSSIER_ID, "tx-cash", 8000, "Hoàn phí", RECEIVING_OFFICER, at("14:00")));
		assertThat(this.harness.flags(FeeAnomalyRule.RULE)).hasSize(2)
			.filteredOn((flag) -> flag.evidenceEventIds().contains(refund))
			.singleElement()
			.satisfies((flag) -> assertThat(flag.score()).isEqualTo(1.0));
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void paymentOnlineRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(feesRequested("08:20", 8000));
		this.harness.feed(paid("08:30", 8000, at("16:20")));
		assertThat(this.harness.flags(FeeAnomalyRule.RULE)).isEmpty();
	}

}
