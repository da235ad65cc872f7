package vn.dossierledger.reference.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.ProcessingTime;

/**
 * One version of an administrative procedure (thủ tục hành chính) as published in the
 * procedure database. A dossier is handled under the version in force when it was
 * received, so a later version never changes the deadline or fees of dossiers already
 * received.
 *
 * @param code national procedure code (MaTTHC), e.g. "2.000635"
 * @param version version label, unique per code
 * @param effectiveFrom first day this version applies
 * @param name Vietnamese name of the procedure
 * @param agencyId the competent agency (cơ quan có thẩm quyền)
 * @param cooperatingAgencyIds co-operating agencies (cơ quan phối hợp, một cửa liên
 * thông)
 * @param sla statutory processing time
 * @param cutOffTime a file received after this time counts as received the next working
 * day (DOMAIN R10), or {@code null} when the procedure sets no cut-off
 * @param fees fees, charges and taxes due
 * @param components documents the applicant files
 * @param steps internal workflow, in order
 * @param fullyOnlineEligible eligible for fully online service (toàn trình)
 * @param signatureRequired an online submission must carry the applicant's signature
 * @param paperResult the result is a paper document (DOMAIN R12)
 * @param rulebook the configurable rules in force for this version
 */
public record Procedure(String code, String version, LocalDate effectiveFrom, String name, String agencyId,
		List<String> cooperatingAgencyIds, ProcessingTime sla, LocalTime cutOffTime, List<Fee> fees,
		List<DocumentComponent> components, List<ProcedureStep> steps, boolean fullyOnlineEligible,
		boolean signatureRequired, boolean paperResult, Rulebook rulebook) {

	public Procedure {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(sla, "sla");
		Objects.requireNonNull(rulebook, "rulebook");
		cooperatingAgencyIds = List.copyOf(cooperatingAgencyIds);
		fees = List.copyOf(fees);
		components = List.copyOf(components);
		steps = List.copyOf(steps);
	}

	public Optional<Fee> fee(String feeCode) {
		return findByCode(this.fees, Fee::code, feeCode);
	}

	public Optional<ProcedureStep> step(String stepCode) {
		return findByCode(this.steps, ProcedureStep::code, stepCode);
	}

	public Optional<DocumentComponent> component(String componentCode) {
		return findByCode(this.components, DocumentComponent::code, componentCode);
	}

	/** The documents without which the dossier is incomplete. */
	public List<DocumentComponent> mandatoryComponents() {
		return this.components.stream().filter(DocumentComponent::mandatory).toList();
	}

	/**
	 * The step that follows the given one in the internal workflow; empty after the last.
	 */
	public Optional<ProcedureStep> stepAfter(String stepCode) {
		for (int i = 0; i < this.steps.size() - 1; i++) {
			if (this.steps.get(i).code().equals(stepCode)) {
				return Optional.of(this.steps.get(i + 1));
			}
		}
		return Optional.empty();
	}

	/** Every fee priced for the channel, as lines of a financial-obligation event. */
	public List<FeeLine> feeLines(boolean online) {
		return this.fees.stream().map((fee) -> fee.toFeeLine(online)).toList();
	}

	/** The competent agency or one of the co-operating agencies. */
	public boolean isCompetentAgency(String candidateAgencyId) {
		return this.agencyId.equals(candidateAgencyId) || this.cooperatingAgencyIds.contains(candidateAgencyId);
	}

	private static <T> Optional<T> findByCode(List<T> items, Function<T, String> codeOf, String code) {
		return items.stream().filter((item) -> codeOf.apply(item).equals(code)).findFirst();
	}

}
