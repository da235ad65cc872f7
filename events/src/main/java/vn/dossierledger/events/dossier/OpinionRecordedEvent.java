package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Ý kiến xử lý / thẩm định: an officer's recommendation at a step. */
@Revision("1")
public record OpinionRecordedEvent(String dossierId, String stepCode, Recommendation recommendation, String note,
		Actor actor, Instant occurredAt) implements DossierEvent {

}
