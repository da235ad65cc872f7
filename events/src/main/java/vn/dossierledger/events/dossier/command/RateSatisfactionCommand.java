package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.SubjectRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The applicant rates the handling of the dossier, 1 to 5. */
public record RateSatisfactionCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, SubjectRef ratedBy, int score, String comment) {

}
