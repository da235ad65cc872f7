package vn.dossierledger.events.dossier;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Hướng dẫn bổ sung tại một cửa (Form 02 at intake): itemised, reasoned written guidance
 * before receipt. overrideReason is set when the once-per-stage limit was knowingly
 * exceeded.
 */
@Revision("1")
public record IntakeSupplementRequestedEvent(String dossierId, List<SupplementItem> items, String reason,
		String legalBasis, String overrideReason, Actor actor, Instant occurredAt) implements DossierEvent {

}
