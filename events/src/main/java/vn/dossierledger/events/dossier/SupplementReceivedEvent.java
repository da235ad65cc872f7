package vn.dossierledger.events.dossier;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Nhận bổ sung: the supplement arrived; the clock resumes and the due date moves by the
 * working time paused.
 */
@Revision("1")
public record SupplementReceivedEvent(String dossierId, List<SubmittedDocument> documents, long pausedWorkingMinutes,
		Instant newDueAt, Actor actor, Instant occurredAt) implements DossierEvent {

}
