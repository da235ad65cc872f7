package vn.dossierledger.events.query.status;

/**
 * One item of a supplement request: which component of the file, and what is wrong with
 * it.
 */
public record SupplementItemView(String componentCode, String issue) {
}
