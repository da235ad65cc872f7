package vn.dossierledger.events.query.status;

/**
 * The steps so far of a dossier that a signed-in citizen filed, and what is expected of
 * them: empty for a code they did not file.
 */
public record FindFiledDossierStepsQuery(String dossierCode, String subjectRef) {
}
