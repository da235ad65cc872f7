package vn.dossierledger.reference.catalogue;

import java.util.Objects;

/**
 * A document the applicant files (thành phần hồ sơ). Supplement requests must reference
 * these codes, which is what makes a request itemised (DOMAIN R1, red flag F2).
 *
 * @param code component code, unique within the procedure version
 * @param name Vietnamese name
 * @param mandatory whether a dossier is incomplete without it
 */
public record DocumentComponent(String code, String name, boolean mandatory) {

	public DocumentComponent {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}

}
