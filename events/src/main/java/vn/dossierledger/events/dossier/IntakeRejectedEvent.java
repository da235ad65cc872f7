package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Từ chối tiếp nhận (Form 03): the file was refused at intake, with reason and legal
 * basis.
 */
@Revision("1")
public record IntakeRejectedEvent(String dossierId, String reason, String legalBasis, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
