package vn.dossierledger.projection.admin;

/** No rebuild operation of that id. */
public class UnknownRebuildException extends RuntimeException {

	private final String rebuildId;

	UnknownRebuildException(String rebuildId) {
		super("No read-model rebuild '" + rebuildId + "'");
		this.rebuildId = rebuildId;
	}

	public String rebuildId() {
		return this.rebuildId;
	}

}
