package vn.dossierledger.events.dossier.command;

import java.time.Instant;

import vn.dossierledger.events.dossier.ApologyChannel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Send a written apology with a new appointment date (Form 04). */
public record IssueApologyCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, String reason, Instant newDueAt,
		ApologyChannel sentVia) {

}
