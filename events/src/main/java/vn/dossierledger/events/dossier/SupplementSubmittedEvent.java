package vn.dossierledger.events.dossier;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** Công dân bổ sung: the applicant supplied the documents asked for at intake. */
@Revision("1")
public record SupplementSubmittedEvent(String dossierId, List<SubmittedDocument> documents, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
