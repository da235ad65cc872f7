package vn.dossierledger.events.dossier;

/**
 * One itemised line of a supplement request: which component, and what is wrong with it.
 */
public record SupplementItem(String componentCode, String issue) {

}
