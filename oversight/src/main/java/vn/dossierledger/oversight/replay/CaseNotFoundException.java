package vn.dossierledger.oversight.replay;

/** The event store holds no such dossier, or no such point of its history. */
class CaseNotFoundException extends RuntimeException {

	private final String dossierId;

	CaseNotFoundException(String dossierId, String message) {
		super(message);
		this.dossierId = dossierId;
	}

	String dossierId() {
		return this.dossierId;
	}

}
