package vn.dossierledger.app.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The officers of the demo province who misbehave, so that the red-flag rules of DOMAIN
 * §5.2 have something to find. Each stays within what the aggregate lets through, or
 * tries and is refused (which is counted).
 *
 * @param serialSupplementer specialist who asks for a second supplement with a thin
 * override reason (F1, F2)
 * @param parker specialist who sits on dossiers for days (F6, F4)
 * @param curtRejecter receiving officer who refuses files with minimal reasons (F2, F3)
 * @param lateApologiser leader who apologises only after the due date has passed (F4)
 * @param slowReceiver desk officer who receives files days after submission (F9-like
 * delay)
 */
record BadlyBehavingOfficers(String serialSupplementer, String parker, String curtRejecter, String lateApologiser,
		String slowReceiver) {

	/** Chosen from the demo organisation file, one per habit. */
	static final BadlyBehavingOfficers DEMO_PROVINCE = new BadlyBehavingOfficers("hn-phk-cv-02", "hn-tp-cv-02",
			"th-tn-03", "hnca-ld-01", "hn-caphk-tn-03");

	/** Officer id → habit, for the summary log. */
	Map<String, String> describe() {
		Map<String, String> habits = new LinkedHashMap<>();
		habits.put(this.serialSupplementer, "requests a second supplement with a thin override reason");
		habits.put(this.parker, "parks dossiers for days before giving an opinion");
		habits.put(this.curtRejecter, "rejects files at intake with minimal reasons");
		habits.put(this.lateApologiser, "apologises only after the due date has passed");
		habits.put(this.slowReceiver, "receives files days after they were submitted");
		return habits;
	}

}
