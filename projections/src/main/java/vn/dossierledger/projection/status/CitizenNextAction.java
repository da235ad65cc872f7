package vn.dossierledger.projection.status;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.query.status.NextAction;

/** The next expected action on a dossier, as the citizen should read it. */
public enum CitizenNextAction {

	AWAITING_INTAKE("Chờ tiếp nhận", "awaiting intake"),
	AWAITING_YOUR_SUPPLEMENT("Chờ công dân bổ sung", "awaiting your supplement"),
	AWAITING_TRANSFER("Chờ chuyển xử lý", "awaiting transfer to the resolving unit"),
	BEING_PROCESSED("Đang giải quyết", "being processed"), AWAITING_PAYMENT("Chờ nộp phí", "awaiting payment"),
	AWAITING_WITHDRAWAL_ACCEPTANCE("Chờ chấp nhận rút hồ sơ", "awaiting acceptance of your withdrawal"),
	COLLECT_RESULT("Nhận kết quả", "collect your result"), RATE_SERVICE("Đánh giá mức độ hài lòng", "rate the service"),
	NONE_COMPLETED("Đã hoàn thành", "completed"),
	NONE_NOT_RECEIVED("Hồ sơ không được tiếp nhận", "not received; see the written reason"),
	NONE_STOPPED("Đã dừng xử lý", "processing stopped; see the written reason"),
	NONE_WITHDRAWN("Đã rút hồ sơ", "withdrawn");

	private final String vietnamese;

	private final String english;

	CitizenNextAction(String vietnamese, String english) {
		this.vietnamese = vietnamese;
		this.english = english;
	}

	/**
	 * @param feesOutstanding fees requested and not yet paid: the result is held back
	 * until they are
	 */
	static CitizenNextAction of(DossierStatus status, boolean withdrawalRequested, boolean feesOutstanding,
			boolean rated) {
		if (withdrawalRequested && !status.isTerminal() && status != DossierStatus.RESOLVED) {
			return AWAITING_WITHDRAWAL_ACCEPTANCE;
		}
		return switch (status) {
			case SUBMITTED -> AWAITING_INTAKE;
			case INTAKE_SUPPLEMENT, AWAITING_SUPPLEMENT -> AWAITING_YOUR_SUPPLEMENT;
			case RECEIVED -> AWAITING_TRANSFER;
			case IN_PROCESSING -> BEING_PROCESSED;
			case AWAITING_PAYMENT -> AWAITING_PAYMENT;
			case RESOLVED -> feesOutstanding ? AWAITING_PAYMENT : COLLECT_RESULT;
			case DELIVERED -> rated ? NONE_COMPLETED : RATE_SERVICE;
			case INTAKE_REJECTED -> NONE_NOT_RECEIVED;
			case STOPPED -> NONE_STOPPED;
			case WITHDRAWN -> NONE_WITHDRAWN;
		};
	}

	public NextAction toView() {
		return new NextAction(name(), this.vietnamese, this.english);
	}

}
