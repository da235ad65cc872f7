package vn.dossierledger.events.dossier.command;

import java.util.List;

import vn.dossierledger.events.dossier.SupplementItem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Give written, itemised guidance to complete the file at intake (Form 02). */
public record RequestIntakeSupplementCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, List<SupplementItem> items, String reason,
		String legalBasis, String overrideReason) {

}
