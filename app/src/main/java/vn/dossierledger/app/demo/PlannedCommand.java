package vn.dossierledger.app.demo;

import java.time.Instant;

/**
 * One command of a dossier's timeline, sent at a simulated instant.
 *
 * @param at the business time at which it is sent
 * @param command the Axon command
 * @param refusalExpected a deliberate probe of a rule (a badly-behaving officer trying
 * something the aggregate forbids): its refusal is counted but does not end the dossier's
 * timeline
 */
record PlannedCommand(Instant at, Object command, boolean refusalExpected) {

}
