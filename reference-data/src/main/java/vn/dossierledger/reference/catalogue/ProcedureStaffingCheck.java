package vn.dossierledger.reference.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The catalogue and the organisation are published as separate files; this checks that
 * every version of every procedure, older ones included, names agencies that exist and
 * that have officers for each role its workflow needs. Otherwise a dossier could be
 * received that no one is entitled to finish.
 */
final class ProcedureStaffingCheck {

	private ProcedureStaffingCheck() {
	}

	static List<String> problems(Collection<Procedure> procedures, OfficerRegistry registry) {
		List<String> problems = new ArrayList<>();
		for (Procedure procedure : procedures) {
			String label = "procedure " + procedure.code() + " version " + procedure.version();
			Stream.concat(Stream.of(procedure.agencyId()), procedure.cooperatingAgencyIds().stream())
				.forEach((agencyId) -> {
					if (registry.agency(agencyId).isEmpty()) {
						problems.add(label + ": agency " + agencyId + " is not in the organisation");
						return;
					}
					procedure.steps()
						.stream()
						.map(ProcedureStep::performedBy)
						.distinct()
						.filter((role) -> registry.officersWithRole(agencyId, role).isEmpty())
						.forEach((role) -> problems.add(label + ": agency " + agencyId + " has no officer with role "
								+ role + " that its steps need"));
				});
		}
		return problems;
	}

	static void verify(YamlProcedureCatalogue catalogue, OfficerRegistry registry) {
		List<String> problems = problems(catalogue.allVersions(), registry);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Procedure catalogue " + catalogue.catalogueVersion()
					+ " does not match the organisation:\n - " + String.join("\n - ", problems));
		}
	}

}
