package vn.dossierledger.reference.organisation;

import java.util.List;
import java.util.Set;

import vn.dossierledger.events.dossier.Role;

/**
 * The shape of {@code organisation.yaml}: agencies contain their units, units contain
 * their officers, so membership cannot dangle. Fields are nullable so validation can name
 * what is missing.
 */
record OrganisationFile(List<AgencyEntry> agencies) {

	record AgencyEntry(String id, String code, String name, AgencyLevel level, String receptionUnitId,
			List<UnitEntry> units) {

	}

	record UnitEntry(String id, String name, List<OfficerEntry> officers) {

	}

	record OfficerEntry(String id, String displayName, Set<Role> roles) {

	}

	static <T> List<T> listOrEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
