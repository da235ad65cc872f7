package vn.dossierledger.projection.status;

/**
 * The steps of a dossier that its citizen sees, each with its stable code (the constant's
 * name) and its Vietnamese label. Opinions between officers and the statutory clock's
 * holding limits are not among them: they are the agency's internal record.
 */
public enum CitizenStep {

	SUBMITTED("Nộp hồ sơ"), INTAKE_SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ khi tiếp nhận"),
	SUPPLEMENT_SUBMITTED("Công dân bổ sung hồ sơ"), INTAKE_REJECTED("Từ chối tiếp nhận hồ sơ"),
	RECEIVED("Tiếp nhận hồ sơ và hẹn trả kết quả"), TRANSFERRED("Chuyển xử lý"),
	SUPPLEMENT_REQUESTED("Yêu cầu bổ sung giấy tờ"), SUPPLEMENT_RECEIVED("Nhận hồ sơ bổ sung"),
	FEE_REQUESTED("Yêu cầu thực hiện nghĩa vụ tài chính"), PAYMENT_SUCCEEDED("Thanh toán thành công"),
	PAYMENT_FAILED("Thanh toán không thành công"), PAYMENT_REFUNDED("Hoàn trả tiền đã nộp"),
	APOLOGY_ISSUED("Xin lỗi và hẹn lại ngày trả kết quả"), DUE_DATE_MISSED("Quá hạn giải quyết"),
	DECISION_SIGNED("Lãnh đạo ký duyệt"), RESULT_ISSUED("Ban hành kết quả"), RESULT_DELIVERED("Trả kết quả"),
	PROCESSING_STOPPED("Dừng xử lý"), WITHDRAWAL_REQUESTED("Công dân yêu cầu rút hồ sơ"),
	WITHDRAWN("Chấp nhận rút hồ sơ"), RATED("Đánh giá mức độ hài lòng");

	private final String vietnameseLabel;

	CitizenStep(String vietnameseLabel) {
		this.vietnameseLabel = vietnameseLabel;
	}

	public String vietnameseLabel() {
		return this.vietnameseLabel;
	}

	/** A request that waits for the citizen's supplement. */
	boolean asksForSupplement() {
		return this == INTAKE_SUPPLEMENT_REQUESTED || this == SUPPLEMENT_REQUESTED;
	}

}
