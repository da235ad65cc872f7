package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.PaymentGateway;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A gateway (or the desk cashier) reports a successful payment. A known transaction id is
 * a no-op.
 */
public record ConfirmPaymentCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String transactionId, long amountVnd, PaymentGateway gateway,
		String eReceiptNumber, String actingOfficerId) {

}
