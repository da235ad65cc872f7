package vn.dossierledger.events.dossier.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An officer accepts a requested withdrawal. */
public record AcceptWithdrawalCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId) {

}
