package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.SubjectRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The applicant or their representative asks to withdraw the dossier. */
public record RequestWithdrawalCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, SubjectRef requestedBy, String reason) {

}
