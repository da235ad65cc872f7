package vn.dossierledger.app.demo;

/** What the simulator intends to happen to a dossier; the aggregate decides what does. */
enum Scenario {

	/** Submit, receive, appraise, sign, issue, (pay,) deliver, (rate), within the SLA. */
	RESOLVED_ON_TIME(60),
	/** The desk asks for a supplement before receiving; the applicant supplies it. */
	INTAKE_SUPPLEMENT(7),
	/** The desk refuses the file with a reason and a legal basis. */
	INTAKE_REJECTED(4),
	/**
	 * The specialist asks for a supplement, approved by the leader; it arrives days
	 * later.
	 */
	PROCESSING_SUPPLEMENT(7),
	/** Resolved after the due date, with an apology and a new appointment. */
	LATE_WITH_APOLOGY(6),
	/** Resolved after the due date, and nobody apologised. */
	LATE_WITHOUT_APOLOGY(4),
	/** Appraisal finds the file ineligible; the leader stops processing. */
	STOPPED(3),
	/** The applicant withdraws the dossier. */
	WITHDRAWN(4),
	/**
	 * The specialist never acts on it: still open at the end, overdue sooner or later.
	 */
	PARKED(3);

	private final int weight;

	Scenario(int weight) {
		this.weight = weight;
	}

	int weight() {
		return this.weight;
	}

}
