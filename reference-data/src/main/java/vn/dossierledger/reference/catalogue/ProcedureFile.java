package vn.dossierledger.reference.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.Role;

/**
 * The shape of {@code procedures.yaml}. Every field is nullable here so that a version
 * can inherit what it does not override and so that validation can name what is missing
 * instead of failing inside a constructor.
 */
record ProcedureFile(String catalogueVersion, Defaults defaults, List<Entry> procedures) {

	record Defaults(RulebookEntry rulebook) {

	}

	/**
	 * A procedure, or one of its versions. A procedure either lists {@code versions},
	 * each of which inherits the procedure's fields unless it overrides them, or is
	 * itself its only version.
	 */
	record Entry(String code, String version, LocalDate effectiveFrom, String name, String agencyId,
			List<String> cooperatingAgencyIds, ProcessingTime sla, LocalTime cutOffTime, List<FeeEntry> fees,
			List<ComponentEntry> components, List<StepEntry> steps, Boolean fullyOnlineEligible,
			Boolean signatureRequired, Boolean paperResult, RulebookEntry rulebook, List<Entry> versions) {

		List<Entry> versionsOrSelf() {
			if (this.versions == null || this.versions.isEmpty()) {
				return List.of(this);
			}
			return this.versions.stream().map((version) -> version.inheriting(this)).toList();
		}

		private Entry inheriting(Entry procedure) {
			return new Entry(or(this.code, procedure.code), this.version, this.effectiveFrom,
					or(this.name, procedure.name), or(this.agencyId, procedure.agencyId),
					or(this.cooperatingAgencyIds, procedure.cooperatingAgencyIds), or(this.sla, procedure.sla),
					or(this.cutOffTime, procedure.cutOffTime), or(this.fees, procedure.fees),
					or(this.components, procedure.components), or(this.steps, procedure.steps),
					or(this.fullyOnlineEligible, procedure.fullyOnlineEligible),
					or(this.signatureRequired, procedure.signatureRequired),
					or(this.paperResult, procedure.paperResult), RulebookEntry.merge(procedure.rulebook, this.rulebook),
					null);
		}

		String label() {
			return "procedure " + this.code + " version " + this.version;
		}

		/**
		 * Builds the version once {@link ProcedureValidator#checkComplete} has passed.
		 */
		Procedure toProcedure(Rulebook defaults) {
			Rulebook rulebook = (this.rulebook != null) ? this.rulebook.over(defaults) : defaults;
			return new Procedure(this.code, this.version, this.effectiveFrom, this.name, this.agencyId,
					listOrEmpty(this.cooperatingAgencyIds), this.sla, this.cutOffTime,
					listOrEmpty(this.fees).stream().map(FeeEntry::toFee).toList(),
					listOrEmpty(this.components).stream().map(ComponentEntry::toComponent).toList(),
					listOrEmpty(this.steps).stream().map(StepEntry::toStep).toList(),
					Boolean.TRUE.equals(this.fullyOnlineEligible), Boolean.TRUE.equals(this.signatureRequired),
					Boolean.TRUE.equals(this.paperResult), rulebook);
		}

	}

	/** A fee; a missing amount must not silently read as zero, hence the boxed types. */
	record FeeEntry(String code, String name, FeeType type, Long amountVnd, Long onlineAmountVnd) {

		Fee toFee() {
			return new Fee(this.code, this.name, this.type, this.amountVnd, this.onlineAmountVnd);
		}

	}

	record ComponentEntry(String code, String name, Boolean mandatory) {

		DocumentComponent toComponent() {
			return new DocumentComponent(this.code, this.name, this.mandatory);
		}

	}

	record StepEntry(String code, String name, Role performedBy, Integer slaWorkingHours) {

		ProcedureStep toStep() {
			return new ProcedureStep(this.code, this.name, this.performedBy, this.slaWorkingHours);
		}

	}

	/** Rulebook values; {@code null} means "as the level above". */
	record RulebookEntry(Integer maxIntakeSupplementRequests, Integer maxProcessingSupplementRequests,
			Integer maxSupplementRequestsWithOverride, Integer maxApologies, Boolean pauseClockForPayment,
			Integer apologyWindowWorkingHours, Integer minReasonLength, String reasonPattern,
			Integer minLegalBasisLength, String legalBasisPattern, Boolean requireSeparationOfReceiverAndApprover,
			Double holdingLimitFactor) {

		static RulebookEntry merge(RulebookEntry base, RulebookEntry override) {
			if (base == null || override == null) {
				return (override != null) ? override : base;
			}
			return new RulebookEntry(or(override.maxIntakeSupplementRequests, base.maxIntakeSupplementRequests),
					or(override.maxProcessingSupplementRequests, base.maxProcessingSupplementRequests),
					or(override.maxSupplementRequestsWithOverride, base.maxSupplementRequestsWithOverride),
					or(override.maxApologies, base.maxApologies),
					or(override.pauseClockForPayment, base.pauseClockForPayment),
					or(override.apologyWindowWorkingHours, base.apologyWindowWorkingHours),
					or(override.minReasonLength, base.minReasonLength), or(override.reasonPattern, base.reasonPattern),
					or(override.minLegalBasisLength, base.minLegalBasisLength),
					or(override.legalBasisPattern, base.legalBasisPattern),
					or(override.requireSeparationOfReceiverAndApprover, base.requireSeparationOfReceiverAndApprover),
					or(override.holdingLimitFactor, base.holdingLimitFactor));
		}

		Rulebook over(Rulebook base) {
			return new Rulebook(or(this.maxIntakeSupplementRequests, base.maxIntakeSupplementRequests()),
					or(this.maxProcessingSupplementRequests, base.maxProcessingSupplementRequests()),
					or(this.maxSupplementRequestsWithOverride, base.maxSupplementRequestsWithOverride()),
					or(this.maxApologies, base.maxApologies()),
					or(this.pauseClockForPayment, base.pauseClockForPayment()),
					or(this.apologyWindowWorkingHours, base.apologyWindowWorkingHours()),
					or(this.minReasonLength, base.minReasonLength()), or(this.reasonPattern, base.reasonPattern()),
					or(this.minLegalBasisLength, base.minLegalBasisLength()),
					or(this.legalBasisPattern, base.legalBasisPattern()),
					or(this.requireSeparationOfReceiverAndApprover, base.requireSeparationOfReceiverAndApprover()),
					or(this.holdingLimitFactor, base.holdingLimitFactor()));
		}

	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	static <T> List<T> listOrEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
