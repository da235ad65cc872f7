package vn.dossierledger.events.dossier;

/**
 * Where a payment was made (DuocThanhToanTrucTuyen: 1 national portal, 2 local gateway, 0
 * not online).
 */
public enum PaymentGateway {

	NATIONAL_PORTAL(1), LOCAL_GATEWAY(2), CASH_AT_DESK(0);

	private final int nationalCode;

	PaymentGateway(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	public int nationalCode() {
		return this.nationalCode;
	}

	public boolean isOnline() {
		return this != CASH_AT_DESK;
	}

}
