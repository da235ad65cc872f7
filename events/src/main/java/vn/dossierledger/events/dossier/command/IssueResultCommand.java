package vn.dossierledger.events.dossier.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The clerk numbers and issues the result. */
public record IssueResultCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String resultDocumentCode,
		String issueNumber, String resultDocumentSha256, boolean electronic) {

}
