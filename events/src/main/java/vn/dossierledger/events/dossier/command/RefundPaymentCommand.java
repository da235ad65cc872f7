package vn.dossierledger.events.dossier.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Refund a confirmed payment. */
public record RefundPaymentCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String transactionId, String reason) {

}
