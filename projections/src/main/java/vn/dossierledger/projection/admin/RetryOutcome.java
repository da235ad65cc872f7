package vn.dossierledger.projection.admin;

/**
 * What a retry of dead letters did.
 *
 * @param processed sequences handled successfully and removed from the queue
 * @param remaining sequences still parked afterwards (they failed again, or arrived
 * meanwhile)
 */
public record RetryOutcome(String processingGroup, int processed, long remaining) {

}
