package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.DetachedSignature;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The approving leader signs the decision document with a detached signature. */
public record SignDecisionCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String documentSha256,
		DetachedSignature signature) {

}
