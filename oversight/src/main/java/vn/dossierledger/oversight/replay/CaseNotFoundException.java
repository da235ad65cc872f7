package vn.dossierledger.oversight.replay;

/** The event store holds no such dossier, or no such point of its history. */
public class CaseNotFoundException extends RuntimeException {

	private final String dossierId;

	public CaseNotFoundException(String dossierId, String message) {
		super(message);
		this.dossierId = dossierId;
	}

	public String dossierId() {
		return this.dossierId;
	}

}
