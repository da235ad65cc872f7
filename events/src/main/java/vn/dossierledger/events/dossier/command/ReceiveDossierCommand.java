package vn.dossierledger.events.dossier.command;

import vn.dossierledger.events.dossier.DeliveryMethod;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Tiếp nhận: receive the file and issue the receipt with its appointment date. */
public record ReceiveDossierCommand(@TargetAggregateIdentifier String dossierId,
		@TargetAggregateVersion Long expectedVersion, String actingOfficerId, DeliveryMethod deliveryMethod) {

}
