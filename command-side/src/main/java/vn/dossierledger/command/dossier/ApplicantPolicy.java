package vn.dossierledger.command.dossier;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.SubjectRef;

/**
 * What the applicant does (supplementing at intake, withdrawing, rating) only the
 * applicant or their authorised representative may do; the event records which of the two
 * acted.
 */
final class ApplicantPolicy {

	private ApplicantPolicy() {
	}

	static Actor requireApplicantOrRepresentative(SubjectRef subject, SubjectRef applicant, SubjectRef representative,
			DossierStatus current) {
		if (subject != null && subject.equals(applicant)) {
			return Actor.applicant(subject);
		}
		if (subject != null && subject.equals(representative)) {
			return Actor.representative(subject);
		}
		throw new DossierRuleViolation(DossierRule.APPLICANT_ONLY, current,
				"Only the applicant or their authorised representative may do this");
	}

}
