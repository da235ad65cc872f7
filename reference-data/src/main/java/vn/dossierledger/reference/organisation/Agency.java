package vn.dossierledger.reference.organisation;

import java.util.Objects;

/**
 * A public agency that receives or resolves dossiers.
 *
 * @param id stable identifier, e.g. "hn-stp"
 * @param code agency code used as the dossier-code prefix, e.g. "000.00.10.H26"
 * @param name Vietnamese name
 * @param level administrative level
 * @param receptionUnitId its one-stop desk (Bộ phận Một cửa); the departments of a
 * province usually share the desk of the provincial public administration service centre
 */
public record Agency(String id, String code, String name, AgencyLevel level, String receptionUnitId) {

	public Agency {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(receptionUnitId, "receptionUnitId");
	}

}
