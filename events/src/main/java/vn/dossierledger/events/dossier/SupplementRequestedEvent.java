package vn.dossierledger.events.dossier;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Yêu cầu bổ sung (Form 02) during appraisal: itemised, reasoned, approved by the unit
 * leader. The statutory clock pauses at occurredAt.
 */
@Revision("1")
public record SupplementRequestedEvent(String dossierId, List<SupplementItem> items, String reason, String legalBasis,
		String approvedBy, String overrideReason, Actor actor, Instant occurredAt) implements DossierEvent {

}
