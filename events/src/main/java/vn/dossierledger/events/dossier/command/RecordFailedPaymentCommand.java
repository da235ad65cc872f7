package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.PaymentGateway;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A gateway reports a failed payment attempt. */
public record RecordFailedPaymentCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String transactionId, long amountVnd, PaymentGateway gateway,
		String reason) {

}
