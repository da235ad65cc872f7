package vn.dossierledger.events.dossier;

/** Phí (fee for a service), lệ phí (charge), or thuế (tax). */
public enum FeeType {

	FEE, CHARGE, TAX

}
