package vn.dossierledger.projection.controlsheet;

/** What a row of the control sheet records. */
public enum HandOverKind {

	/** The desk receives the file from the applicant (the first hand-over). */
	RECEIPT,
	/** One officer hands the file to the next step. */
	TRANSFER,
	/** The clerk issues the result and sends it to the desk. */
	RESULT_ISSUED,
	/** The desk hands the result to the applicant (the last hand-over). */
	RESULT_DELIVERED

}
