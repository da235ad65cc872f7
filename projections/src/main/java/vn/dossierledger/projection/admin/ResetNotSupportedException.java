package vn.dossierledger.projection.admin;

/** The processor cannot be reset: one of its handlers refuses replays. */
public class ResetNotSupportedException extends RuntimeException {

	private final String processingGroup;

	ResetNotSupportedException(String processingGroup) {
		super("The processor of '" + processingGroup + "' does not support a reset");
		this.processingGroup = processingGroup;
	}

	public String processingGroup() {
		return this.processingGroup;
	}

}
