package vn.dossierledger.command.dossier;

import java.time.Instant;

/**
 * Payload of the statutory holding-limit deadline (red flag F6). It names the transfer it
 * was scheduled for and the working time the clock had been paused since then: a hand-on
 * or a pause that ends makes it stale, since deadlines are never cancelled.
 *
 * @param transferSequence aggregate sequence of the transfer that made the holder
 * @param pausedWorkingMinutes working minutes paused since that transfer when scheduled
 * @param factor the rulebook's k the limit was computed with
 * @param limitAt the holding limit
 */
public record HoldingLimitDeadline(long transferSequence, long pausedWorkingMinutes, double factor, Instant limitAt) {

	static final String NAME = "statutory-holding-limit";

}
