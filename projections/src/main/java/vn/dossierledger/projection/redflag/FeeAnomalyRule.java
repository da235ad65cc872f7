package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.List;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * F18, fee anomalies: cash paid at the desk for a procedure eligible for fully online
 * service (score 0.8 if the dossier came in online, 0.5 otherwise; the receiving officer
 * is named); a refund after the result was delivered (score 1.0). Amounts off the fee
 * schedule cannot occur: the aggregate refuses them. One flag per event; not cured.
 */
final class FeeAnomalyRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F18", 1, "Fee anomaly");

	private final ProcedureCatalogue catalogue;

	FeeAnomalyRule(ProcedureCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (recorded.event() instanceof PaymentSucceededEvent payment
				&& payment.gateway() == PaymentGateway.CASH_AT_DESK && fullyOnlineEligible(before)) {
			boolean cameOnline = Channel.ONLINE.name().equals(before.channel());
			List<String> officers = new ArrayList<>();
			officers.add(before.receivingOfficerId());
			flags.raise(RULE, before, new Raise(recorded.eventId(), officers, before.deskUnitId(),
					List.of(recorded.eventId()), cameOnline ? 0.8 : 0.5, recorded.businessAt(),
					payment.amountVnd() + " VND paid in cash at the desk for a procedure payable fully online"));
		}
		else if (recorded.event() instanceof PaymentRefundedEvent refund && before.delivered()) {
			flags.raise(RULE, before,
					new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
							List.of(recorded.eventId()), 1.0, recorded.businessAt(),
							refund.amountVnd() + " VND refunded after the result was delivered: " + refund.reason()));
		}
	}

	private boolean fullyOnlineEligible(DossierFacts dossier) {
		return this.catalogue.version(dossier.procedureCode(), dossier.procedureVersion())
			.map((procedure) -> procedure.fullyOnlineEligible())
			.orElse(false);
	}

}
