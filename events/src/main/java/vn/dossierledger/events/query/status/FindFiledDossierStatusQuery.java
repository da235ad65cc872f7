package vn.dossierledger.events.query.status;

/**
 * The status of a dossier that a signed-in citizen filed, as applicant or representative:
 * empty for a code they did not file, as for one that does not exist. Also the
 * subscription query of their dossier's page.
 *
 * @param subjectRef the signed-in citizen
 */
public record FindFiledDossierStatusQuery(String dossierCode, String subjectRef) {
}
