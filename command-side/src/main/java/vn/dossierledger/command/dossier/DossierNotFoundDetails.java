package vn.dossierledger.command.dossier;

/**
 * Serializable refusal of a command to a dossier that does not exist, attached to the
 * command failure so that a REST layer, possibly in another process, can answer 404.
 */
public record DossierNotFoundDetails(String dossierId) {

}
