package vn.dossierledger.events.dossier;

/**
 * The capacity in which a person or system acts on a dossier; part of the legal record.
 */
public enum Role {

	/** Tổ chức, cá nhân: the applicant. */
	APPLICANT,
	/** Người được ủy quyền: the applicant's authorised representative. */
	REPRESENTATIVE,
	/** Cán bộ tiếp nhận at the one-stop desk. */
	RECEIVING_OFFICER,
	/** Chuyên viên xử lý: appraises the file. */
	SPECIALIST,
	/** Lãnh đạo: reviews, signs decisions and apologies. */
	APPROVING_LEADER,
	/** Văn thư: numbers and issues the result. */
	CLERK,
	/** A payment gateway reporting a transaction. */
	PAYMENT_GATEWAY,
	/** The ledger itself (statutory clock). */
	SYSTEM;

	public boolean isOfficer() {
		return this == RECEIVING_OFFICER || this == SPECIALIST || this == APPROVING_LEADER || this == CLERK;
	}

}
