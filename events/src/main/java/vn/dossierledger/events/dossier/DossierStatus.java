package vn.dossierledger.events.dossier;

/**
 * The states of a dossier, each with its national status code (TrangThaiHoSo, 1–10) and
 * Vietnamese label as synchronised to the national public-service portal.
 */
public enum DossierStatus {

	SUBMITTED(1, "Mới đăng ký"),
	/** Supplement requested at the one-stop desk, before the file is received. */
	INTAKE_SUPPLEMENT(5, "Yêu cầu bổ sung giấy tờ"), INTAKE_REJECTED(3, "Không được tiếp nhận"),
	RECEIVED(2, "Được tiếp nhận"), IN_PROCESSING(4, "Đang xử lý"),
	/** Supplement requested by the specialist unit; the statutory clock is paused. */
	AWAITING_SUPPLEMENT(5, "Yêu cầu bổ sung giấy tờ"), AWAITING_PAYMENT(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
	WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"), STOPPED(8, "Dừng xử lý"), RESOLVED(9, "Đã xử lý xong"),
	DELIVERED(10, "Đã trả kết quả");

	private final int nationalCode;

	private final String vietnameseLabel;

	DossierStatus(int nationalCode, String vietnameseLabel) {
		this.nationalCode = nationalCode;
		this.vietnameseLabel = vietnameseLabel;
	}

	public int nationalCode() {
		return this.nationalCode;
	}

	public String vietnameseLabel() {
		return this.vietnameseLabel;
	}

	/** Terminal states: nothing leaves them (a rating after delivery aside). */
	public boolean isTerminal() {
		return this == INTAKE_REJECTED || this == WITHDRAWN || this == STOPPED || this == DELIVERED;
	}

	/**
	 * Open for processing: received and neither resolved nor closed. The statutory clock
	 * applies.
	 */
	public boolean isOpenAfterReceipt() {
		return this == RECEIVED || this == IN_PROCESSING || this == AWAITING_SUPPLEMENT || this == AWAITING_PAYMENT;
	}

}
