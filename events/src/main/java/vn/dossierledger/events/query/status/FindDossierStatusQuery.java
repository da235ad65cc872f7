package vn.dossierledger.events.query.status;

/**
 * The citizen's lookup: a dossier by its code, answered only when the SHA-256 of the
 * lookup secret given at submission matches. The plain secret never travels in a query.
 */
public record FindDossierStatusQuery(String dossierCode, String lookupSecretSha256) {
}
