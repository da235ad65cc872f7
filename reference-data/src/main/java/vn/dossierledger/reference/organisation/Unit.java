package vn.dossierledger.reference.organisation;

import java.util.Objects;

/** A unit of an agency: a one-stop desk or a specialist division (phòng). */
public record Unit(String id, String agencyId, String name) {

	public Unit {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(name, "name");
	}

}
