package vn.dossierledger.events.dossier;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Yêu cầu thực hiện nghĩa vụ tài chính: fees, charges or taxes due per the procedure
 * version's schedule. clockPaused tells whether the procedure pauses the statutory clock
 * while awaiting payment.
 */
@Revision("1")
public record FinancialObligationRequestedEvent(String dossierId, List<FeeLine> fees, long totalAmountVnd,
		boolean clockPaused, Actor actor, Instant occurredAt) implements DossierEvent {

}
