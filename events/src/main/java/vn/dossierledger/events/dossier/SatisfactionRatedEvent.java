package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Đánh giá: the applicant rated the handling of the dossier, 1 (very dissatisfied) to 5
 * (very satisfied).
 */
@Revision("1")
public record SatisfactionRatedEvent(String dossierId, int score, String comment, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
