package vn.dossierledger.reference.organisation;

import java.util.List;
import java.util.Optional;

import vn.dossierledger.events.dossier.Role;

/** Who works where and in which capacity: agencies, their units and their officers. */
public interface OfficerRegistry {

	Optional<Officer> officer(String id);

	Optional<Unit> unit(String id);

	Optional<Agency> agency(String id);

	/** The agency a unit belongs to. */
	Optional<Agency> agencyOfUnit(String unitId);

	List<Officer> officersOf(String unitId);

	/**
	 * Officers who can act for the agency in the role: those of its own units, plus the
	 * officers of its one-stop desk, which receives on its behalf even when another
	 * agency (the provincial service centre) runs that desk.
	 */
	List<Officer> officersWithRole(String agencyId, Role role);

	List<Agency> agencies();

}
