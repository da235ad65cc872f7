package vn.dossierledger.projection.admin;

/**
 * No streaming processing group of that name (subscribing processors are not read
 * models).
 */
public class UnknownReadModelException extends RuntimeException {

	private final String processingGroup;

	UnknownReadModelException(String processingGroup, String what) {
		super("No " + what + " for processing group '" + processingGroup + "'");
		this.processingGroup = processingGroup;
	}

	public String processingGroup() {
		return this.processingGroup;
	}

}
