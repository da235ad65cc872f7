package vn.dossierledger.command.uniqueness;

/** The sets within which a key must be unique across the whole ledger. */
public enum ClaimScope {

	/** Mã hồ sơ: one dossier per code. */
	DOSSIER_CODE,
	/** A payment gateway transaction pays exactly one dossier. */
	PAYMENT_TRANSACTION

}
