package vn.dossierledger.command.dossier;

/**
 * Serializable refusal of a command sent with an expected version (If-Match) the dossier
 * has moved past, attached to the command failure so that a REST layer, possibly in
 * another process, can name both versions.
 */
public record StaleVersionDetails(String dossierId, long expectedVersion, long actualVersion) {

}
