package vn.dossierledger.events.dossier;

/** How a dossier was submitted (KenhThucHien). */
public enum Channel {

	/** 1: trực tiếp, at the desk. */
	IN_PERSON(1),
	/** 2: trực tuyến, online. */
	ONLINE(2),
	/** 3: bưu chính công ích, public postal service. */
	POSTAL(3);

	private final int nationalCode;

	Channel(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	public int nationalCode() {
		return this.nationalCode;
	}

}
