package vn.dossierledger.projection.redflag;

import java.time.Instant;

/**
 * A rule whose condition arises by the passing of time (F4, F6). It is asked "as of"
 * every recorded event of the dossier (its business time, or the latest one the history
 * has reached), never as of a wall clock, so that a replay raises exactly what the live
 * model raised. The flag's raised-at time is when the condition arose, never the time of
 * asking.
 */
interface TimedRule {

	FlagRule rule();

	void asOf(Instant at, DossierFacts facts, FlagBook flags);

}
