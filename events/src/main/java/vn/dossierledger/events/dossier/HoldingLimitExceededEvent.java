package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The statutory clock found the officer a transfer handed the dossier to still holding
 * it, with the clock running, at the holding limit: {@code factor} (k of the procedure
 * version's rulebook) × the step's allotted working time after the transfer, moved by the
 * working time the clock was paused since. occurredAt is the limit itself.
 *
 * @param transferSequence the aggregate sequence of the transfer that made the holder
 * @param heldSince when that transfer happened
 */
@Revision("1")
public record HoldingLimitExceededEvent(String dossierId, Holder holder, String stepCode, long transferSequence,
		Instant heldSince, double factor, Instant limitAt, Actor actor, Instant occurredAt) implements DossierEvent {

}
