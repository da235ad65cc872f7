package vn.dossierledger.events.dossier.command;

import java.util.List;

import vn.dossierledger.events.dossier.SubmittedDocument;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the supplement arrived; the clock resumes. */
public record ReceiveSupplementCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, List<SubmittedDocument> documents) {

}
