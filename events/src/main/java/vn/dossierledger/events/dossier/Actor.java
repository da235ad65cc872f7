package vn.dossierledger.events.dossier;

/**
 * Who acted: an officer id, an applicant's subject reference, or a system name; with the
 * role held and the unit acted for (null for applicants and systems).
 */
public record Actor(String id, Role role, String unitId) {

	public static final Actor STATUTORY_CLOCK = new Actor("statutory-clock", Role.SYSTEM, null);

	public static Actor applicant(SubjectRef subject) {
		return new Actor(subject.value(), Role.APPLICANT, null);
	}

	public static Actor representative(SubjectRef subject) {
		return new Actor(subject.value(), Role.REPRESENTATIVE, null);
	}

	public static Actor paymentGateway(PaymentGateway gateway) {
		return new Actor(gateway.name(), Role.PAYMENT_GATEWAY, null);
	}

}
