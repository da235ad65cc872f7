package vn.dossierledger.events.dossier;

/**
 * One document component (thành phần hồ sơ) as submitted: identified by its SHA-256,
 * never by its content.
 *
 * @param componentCode the procedure's checklist component this document satisfies
 * @param digitised scanned from paper at the desk (được số hóa)
 * @param reusedFromRepository taken from the citizen's national data repository
 * (DuocLayTuKhoDMQG)
 * @param signature optional detached signature by the applicant
 */
public record SubmittedDocument(String componentCode, String name, CopyType copyType, String sha256, boolean digitised,
		boolean reusedFromRepository, DetachedSignature signature) {

}
