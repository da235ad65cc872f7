package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Trả kết quả: the result was handed to the applicant or their representative (status
 * 10).
 */
@Revision("1")
public record ResultDeliveredEvent(String dossierId, DeliveryMethod method, SubjectRef recipient,
		String authorisationRef, Actor actor, Instant occurredAt) implements DossierEvent {

}
