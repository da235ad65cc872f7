package vn.dossierledger.events.query.status;

/**
 * The dossiers a data subject filed, as applicant or representative, newest first.
 */
public record FindCitizenDossiersQuery(String subjectRef, int page, int size) {
}
