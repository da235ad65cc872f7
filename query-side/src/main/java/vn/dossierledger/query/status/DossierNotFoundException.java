package vn.dossierledger.query.status;

/**
 * No dossier answers this code and secret. Deliberately the same for an unknown code and
 * a wrong or missing secret, so codes cannot be enumerated.
 */
class DossierNotFoundException extends RuntimeException {

	DossierNotFoundException() {
		super("No dossier with this code and lookup secret");
	}

}
