package vn.dossierledger.events.dossier.command;

import java.util.List;

import vn.dossierledger.events.dossier.SupplementItem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Ask for a supplement during appraisal (Form 02), approved by the unit leader; pauses
 * the clock.
 */
public record RequestSupplementCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, List<SupplementItem> items, String reason,
		String legalBasis, String approvedByOfficerId, String overrideReason) {

}
