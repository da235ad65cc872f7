package vn.dossierledger.events.dossier;

/** Who holds a dossier at a step: an officer of a unit of an agency. */
public record Holder(String officerId, String unitId, String agencyId) {

}
