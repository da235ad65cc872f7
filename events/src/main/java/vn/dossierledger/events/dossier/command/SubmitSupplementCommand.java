package vn.dossierledger.events.dossier.command;

import java.util.List;

import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The applicant supplies what was asked for at intake. */
public record SubmitSupplementCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, SubjectRef submittedBy, List<SubmittedDocument> documents) {

}
