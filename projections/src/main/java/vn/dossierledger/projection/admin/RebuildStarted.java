package vn.dossierledger.projection.admin;

/**
 * A rebuild under way: the processor was stopped, its model cleared by its reset handler,
 * its tokens moved to the start of the event store, and it was started again.
 *
 * @param clearedDeadLetters letters dropped from the group's queue: the replay meets
 * their events again
 */
public record RebuildStarted(String processingGroup, long clearedDeadLetters) {

}
