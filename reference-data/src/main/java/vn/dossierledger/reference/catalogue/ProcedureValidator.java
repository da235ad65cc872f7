package vn.dossierledger.reference.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SlaUnit;

import static vn.dossierledger.reference.catalogue.ProcedureFile.listOrEmpty;

/**
 * Checks a catalogue file as a whole, collecting every problem so a broken file is fixed
 * in one pass rather than one error per restart. First each version must be complete
 * enough to build; then the built versions must be consistent.
 */
final class ProcedureValidator {

	/** Working hours in a working day, as provincial systems store SLAs (DOMAIN R8). */
	static final int WORKING_HOURS_PER_DAY = 8;

	private final List<String> problems = new ArrayList<>();

	List<String> problems() {
		return List.copyOf(this.problems);
	}

	void checkFile(ProcedureFile file, Rulebook defaults) {
		if (file.catalogueVersion() == null || file.catalogueVersion().isBlank()) {
			this.problems.add("catalogueVersion is missing");
		}
		if (listOrEmpty(file.procedures()).isEmpty()) {
			this.problems.add("the file lists no procedures");
		}
		checkRulebook("defaults", defaults);
	}

	/**
	 * A procedure with versions carries no version data itself, or it would be ignored.
	 */
	void checkShape(ProcedureFile.Entry procedure) {
		if (!listOrEmpty(procedure.versions()).isEmpty()
				&& (procedure.version() != null || procedure.effectiveFrom() != null)) {
			this.problems.add("procedure " + procedure.code() + " lists versions, so version and effectiveFrom belong"
					+ " on each of them, not on the procedure");
		}
		for (ProcedureFile.Entry version : listOrEmpty(procedure.versions())) {
			if (!listOrEmpty(version.versions()).isEmpty()) {
				this.problems.add("procedure " + procedure.code() + " version " + version.version()
						+ ": versions cannot have versions");
			}
		}
	}

	/**
	 * Whether every required field of the version and of its fees, components and steps
	 * is set.
	 */
	boolean checkComplete(ProcedureFile.Entry entry) {
		String label = entry.label();
		int before = this.problems.size();
		require(label, "code", entry.code());
		require(label, "version", entry.version());
		require(label, "effectiveFrom", entry.effectiveFrom());
		require(label, "name", entry.name());
		require(label, "agencyId", entry.agencyId());
		require(label, "sla", entry.sla());
		for (ProcedureFile.FeeEntry fee : listOrEmpty(entry.fees())) {
			String feeLabel = label + ", fee " + fee.code();
			require(feeLabel, "code", fee.code());
			require(feeLabel, "name", fee.name());
			require(feeLabel, "type", fee.type());
			require(feeLabel, "amountVnd", fee.amountVnd());
		}
		for (ProcedureFile.ComponentEntry component : listOrEmpty(entry.components())) {
			String componentLabel = label + ", component " + component.code();
			require(componentLabel, "code", component.code());
			require(componentLabel, "name", component.name());
			require(componentLabel, "mandatory", component.mandatory());
		}
		for (ProcedureFile.StepEntry step : listOrEmpty(entry.steps())) {
			String stepLabel = label + ", step " + step.code();
			require(stepLabel, "code", step.code());
			require(stepLabel, "name", step.name());
			require(stepLabel, "performedBy", step.performedBy());
			require(stepLabel, "slaWorkingHours", step.slaWorkingHours());
		}
		return this.problems.size() == before;
	}

	void checkConsistent(Procedure procedure) {
		String label = "procedure " + procedure.code() + " version " + procedure.version();
		checkSla(label, procedure.sla());
		checkCooperatingAgencies(label, procedure);
		checkComponents(label, procedure.components());
		checkFees(label, procedure.fees());
		checkSteps(label, procedure.steps(), procedure.sla());
		checkRulebook(label, procedure.rulebook());
	}

	void checkUniqueVersions(Collection<Procedure> procedures) {
		Set<String> versions = new HashSet<>();
		Set<String> effectiveDates = new HashSet<>();
		for (Procedure procedure : procedures) {
			if (!versions.add(procedure.code() + "@" + procedure.version())) {
				this.problems.add("procedure " + procedure.code() + " version " + procedure.version()
						+ " is defined more than once");
			}
			if (!effectiveDates.add(procedure.code() + "@" + procedure.effectiveFrom())) {
				this.problems.add("procedure " + procedure.code() + " has two versions effective from "
						+ procedure.effectiveFrom() + "; which one is in force would be ambiguous");
			}
		}
	}

	private void checkRulebook(String label, Rulebook rulebook) {
		if (rulebook.maxIntakeSupplementRequests() < 0 || rulebook.maxProcessingSupplementRequests() < 0
				|| rulebook.maxApologies() < 0 || rulebook.apologyWindowWorkingHours() < 0
				|| rulebook.minReasonLength() < 0 || rulebook.minLegalBasisLength() < 0) {
			this.problems.add(label + ": rulebook limits must not be negative: " + rulebook);
		}
		checkPattern(label, "reasonPattern", rulebook.reasonPattern());
		checkPattern(label, "legalBasisPattern", rulebook.legalBasisPattern());
		if (rulebook.maxSupplementRequestsWithOverride() < Math.max(rulebook.maxIntakeSupplementRequests(),
				rulebook.maxProcessingSupplementRequests())) {
			this.problems
				.add(label + ": maxSupplementRequestsWithOverride must be at least the per-stage limits: " + rulebook);
		}
		// Below 1, an officer still within the step's own allotted time would count as
		// holding the dossier too long.
		if (!(rulebook.holdingLimitFactor() >= 1) || Double.isInfinite(rulebook.holdingLimitFactor())) {
			this.problems.add(label + ": holdingLimitFactor must be a number of at least 1: " + rulebook);
		}
	}

	private void checkPattern(String label, String key, String pattern) {
		try {
			if (pattern != null) {
				Pattern.compile(pattern);
			}
		}
		catch (PatternSyntaxException ex) {
			this.problems.add(label + ": rulebook " + key + " is no regular expression: " + ex.getDescription());
		}
	}

	private void checkSla(String label, ProcessingTime sla) {
		if (sla.unit() == null || sla.value() <= 0) {
			this.problems.add(label + ": sla needs a positive value and a unit, got " + sla);
		}
	}

	private void checkCooperatingAgencies(String label, Procedure procedure) {
		if (procedure.cooperatingAgencyIds().contains(procedure.agencyId())) {
			this.problems.add(
					label + ": the competent agency " + procedure.agencyId() + " cannot also be a co-operating agency");
		}
		if (new HashSet<>(procedure.cooperatingAgencyIds()).size() < procedure.cooperatingAgencyIds().size()) {
			this.problems.add(label + ": a co-operating agency is listed twice");
		}
	}

	private void checkComponents(String label, List<DocumentComponent> components) {
		if (components.isEmpty()) {
			this.problems.add(label + ": components must not be empty (a dossier needs at least one document)");
		}
		checkUniqueCodes(label, "component", components, DocumentComponent::code);
	}

	private void checkFees(String label, List<Fee> fees) {
		for (Fee fee : fees) {
			if (fee.amountVnd() < 0 || (fee.onlineAmountVnd() != null && fee.onlineAmountVnd() < 0)) {
				this.problems.add(label + ": fee " + fee.code() + " must not be negative");
			}
		}
		checkUniqueCodes(label, "fee", fees, Fee::code);
	}

	private void checkSteps(String label, List<ProcedureStep> steps, ProcessingTime sla) {
		if (steps.isEmpty()) {
			this.problems.add(label + ": steps must not be empty");
			return;
		}
		for (ProcedureStep step : steps) {
			if (!step.performedBy().isOfficer()) {
				this.problems.add(label + ": step " + step.code() + " is performed by " + step.performedBy()
						+ ", which is not an officer role");
			}
			if (step.slaWorkingHours() <= 0) {
				this.problems.add(label + ": step " + step.code() + " needs a positive slaWorkingHours");
			}
		}
		// Every dossier enters through the one-stop desk (DOMAIN 1.2 step 2).
		if (steps.get(0).performedBy() != Role.RECEIVING_OFFICER) {
			this.problems.add(label + ": the first step must be performed by RECEIVING_OFFICER, got "
					+ steps.get(0).performedBy());
		}
		checkUniqueCodes(label, "step", steps, ProcedureStep::code);
		checkStepsFitTheSla(label, steps, sla);
	}

	/** The internal workflow cannot promise more time than the statute gives. */
	private void checkStepsFitTheSla(String label, List<ProcedureStep> steps, ProcessingTime sla) {
		Integer slaHours = (sla.unit() == SlaUnit.HOURS) ? Integer.valueOf(sla.value())
				: (sla.unit() == SlaUnit.WORKING_DAYS) ? Integer.valueOf(sla.value() * WORKING_HOURS_PER_DAY) : null;
		int stepHours = steps.stream().mapToInt(ProcedureStep::slaWorkingHours).sum();
		if (slaHours != null && stepHours > slaHours) {
			this.problems.add(label + ": steps take " + stepHours + " working hours, more than the sla of " + slaHours);
		}
	}

	private <T> void checkUniqueCodes(String label, String kind, List<T> items, Function<T, String> codeOf) {
		Set<String> seen = new HashSet<>();
		for (T item : items) {
			if (!seen.add(codeOf.apply(item))) {
				this.problems.add(label + ": " + kind + " code " + codeOf.apply(item) + " is used twice");
			}
		}
	}

	private void require(String label, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			this.problems.add(label + ": " + field + " is missing");
		}
	}

}
