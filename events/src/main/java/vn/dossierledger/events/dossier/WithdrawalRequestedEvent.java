package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Công dân yêu cầu rút hồ sơ: the applicant or their representative asked to withdraw.
 */
@Revision("1")
public record WithdrawalRequestedEvent(String dossierId, String reason, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
