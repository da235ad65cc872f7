package vn.dossierledger.command.dossier;

import vn.dossierledger.events.dossier.DossierStatus;

/**
 * What a command handler answers: the dossier, its version after the command (for
 * If-Match) and its status.
 */
public record DossierCommandResult(String dossierId, long version, DossierStatus status) {

}
