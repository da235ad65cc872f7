package vn.dossierledger.events.dossier;

/** Unit of a procedure's statutory processing time (DonViTinh). */
public enum SlaUnit {

	HOURS, DAYS, WORKING_DAYS, MONTHS

}
