package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Dừng xử lý (Form 05): processing stopped or refused after appraisal, with reason and
 * legal basis.
 */
@Revision("1")
public record ProcessingStoppedEvent(String dossierId, String reason, String legalBasis, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
