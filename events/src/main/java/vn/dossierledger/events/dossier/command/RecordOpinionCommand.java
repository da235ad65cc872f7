package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.Recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a recommendation at the current step. */
public record RecordOpinionCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String stepCode,
		Recommendation recommendation, String note) {

}
