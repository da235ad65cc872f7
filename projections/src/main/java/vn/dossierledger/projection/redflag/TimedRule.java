package vn.dossierledger.projection.redflag;

import java.time.Instant;

/**
 * A rule whose condition arises by the passing of time (F4, F6). It is asked "as of" the
 * business time of every event, so a replay raises what the live model raised, and by the
 * sweep "as of now", so flags appear while the dossier is live. The flag's raised-at time
 * is when the condition arose, never the time of asking.
 */
interface TimedRule {

	FlagRule rule();

	void asOf(Instant at, DossierFacts facts, FlagBook flags);

}
