package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The statutory clock reached the due date while the dossier was still open. occurredAt
 * is the due date itself.
 */
@Revision("1")
public record DueDateMissedEvent(String dossierId, Instant dueAt, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
