package vn.dossierledger.events.dossier.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Refuse the file at intake (Form 03). */
public record RejectIntakeCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String reason, String legalBasis) {

}
