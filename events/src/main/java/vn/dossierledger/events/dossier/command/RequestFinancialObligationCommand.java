package vn.dossierledger.events.dossier.command;

import java.util.List;

import vn.dossierledger.events.dossier.FeeLine;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ask the applicant to pay the fees of the procedure version's schedule. */
public record RequestFinancialObligationCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, List<FeeLine> fees) {

}
