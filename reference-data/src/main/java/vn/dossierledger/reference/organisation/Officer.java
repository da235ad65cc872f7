package vn.dossierledger.reference.organisation;

import java.util.Objects;
import java.util.Set;

import vn.dossierledger.events.dossier.Role;

/**
 * A civil servant who acts on dossiers. The id is what events record; the display name is
 * reference data only and never goes into an event payload.
 */
public record Officer(String id, String displayName, String unitId, Set<Role> roles) {

	public Officer {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(unitId, "unitId");
		roles = Set.copyOf(roles);
	}

	public boolean holds(Role role) {
		return this.roles.contains(role);
	}

}
