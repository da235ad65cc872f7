package vn.dossierledger.command.dossier;

/**
 * Serializable description of a broken rule, attached to a command failure so that a REST
 * layer (possibly in another process) can report it.
 */
public record RuleViolationDetails(String rule, String kind, String currentStatus, String message) {

}
