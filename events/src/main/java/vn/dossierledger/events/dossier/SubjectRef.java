package vn.dossierledger.events.dossier;

/**
 * Pseudonymous reference to a data subject (applicant, representative, recipient).
 * Carries no personal data; the subject's data travels separately as
 * {@link PersonalData}.
 */
public record SubjectRef(String value) {

	public SubjectRef {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("subject reference must not be blank");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
