package vn.dossierledger.events.query.status;

/**
 * The citizen's timeline of a dossier by its code, answered only when the SHA-256 of the
 * lookup secret given at submission matches, as {@link FindDossierStatusQuery}: an
 * unknown code and a wrong secret get the same empty answer.
 */
public record FindDossierStepsQuery(String dossierCode, String lookupSecretSha256) {
}
