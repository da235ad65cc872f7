package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The approving leader signed the decision document; the verified signature is recorded.
 */
@Revision("1")
public record DecisionSignedEvent(String dossierId, String documentSha256, SignatureCheck signature, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
