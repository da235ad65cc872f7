package vn.dossierledger.events.dossier.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stop processing or refuse after appraisal (Form 05). */
public record StopProcessingCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String reason, String legalBasis) {

}
