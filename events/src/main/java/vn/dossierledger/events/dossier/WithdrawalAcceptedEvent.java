package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The agency accepted the withdrawal; the dossier is closed (status 7). */
@Revision("1")
public record WithdrawalAcceptedEvent(String dossierId, Actor actor, Instant occurredAt) implements DossierEvent {

}
