package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.SubjectRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hand the result over. */
public record DeliverResultCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, DeliveryMethod method,
		SubjectRef recipient, String authorisationRef) {

}
