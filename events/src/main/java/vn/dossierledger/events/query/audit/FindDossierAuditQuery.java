package vn.dossierledger.events.query.audit;

/** The full audit history of one dossier, in the order its events happened. */
public record FindDossierAuditQuery(String dossierId) {
}
