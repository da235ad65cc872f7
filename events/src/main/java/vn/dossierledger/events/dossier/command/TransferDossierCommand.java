package vn.dossierledger.events.dossier.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Hand the dossier over to an officer of a competent unit for a step of the internal
 * workflow.
 */
public record TransferDossierCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String toOfficerId, String stepCode) {

}
