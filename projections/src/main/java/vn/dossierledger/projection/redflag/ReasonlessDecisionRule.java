package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.Rulebook;

/**
 * F2, reasonless refusal, supplement or stop: the reason empty, without words or shorter
 * than {@code min-reason-length} characters (or the procedure rulebook's minimum, if
 * longer), no legal basis or one that cites no legal document or article by the
 * rulebook's form, or a supplement item whose component is not in the procedure's
 * checklist. The rulebook's checks are the command side's, so that events stored before
 * it made them are flagged too. Score: the worst finding — empty reason or one without
 * words 1.0, no legal basis 0.9, a legal basis citing nothing 0.85, component not in the
 * checklist 0.8, short reason 0.5 + 0.5 × the missing share of the minimum length. One
 * flag per offending event.
 */
final class ReasonlessDecisionRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F2", 2, "Reasonless refusal, supplement or stop");

	private final int minReasonLength;

	private final ProcedureCatalogue catalogue;

	ReasonlessDecisionRule(int minReasonLength, ProcedureCatalogue catalogue) {
		this.minReasonLength = minReasonLength;
		this.catalogue = catalogue;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (recorded.event() instanceof IntakeRejectedEvent refusal) {
			check("intake refusal", refusal.reason(), refusal.legalBasis(), List.of(), recorded, before, flags);
		}
		else if (recorded.event() instanceof IntakeSupplementRequestedEvent intake) {
			check("intake supplement request", intake.reason(), intake.legalBasis(), intake.items(), recorded, before,
					flags);
		}
		else if (recorded.event() instanceof SupplementRequestedEvent supplement) {
			check("supplement request", supplement.reason(), supplement.legalBasis(), supplement.items(), recorded,
					before, flags);
		}
		else if (recorded.event() instanceof ProcessingStoppedEvent stop) {
			check("stop notice", stop.reason(), stop.legalBasis(), List.of(), recorded, before, flags);
		}
	}

	private void check(String what, String reason, String legalBasis, List<SupplementItem> items,
			RecordedEvent recorded, DossierFacts dossier, FlagBook flags) {
		List<String> findings = new ArrayList<>();
		double score = 0;
		Optional<Procedure> procedure = this.catalogue.version(dossier.procedureCode(), dossier.procedureVersion());
		Rulebook rules = procedure.map(Procedure::rulebook).orElse(Rulebook.DEFAULTS);
		int minimum = Math.max(this.minReasonLength, rules.minReasonLength());
		int length = (reason == null) ? 0 : reason.strip().codePointCount(0, reason.strip().length());
		if (length == 0) {
			findings.add("no reason");
			score = 1.0;
		}
		else if (!rules.isInWords(reason)) {
			findings.add("reason without words: \"" + reason.strip() + "\"");
			score = 1.0;
		}
		else if (length < minimum) {
			findings.add("reason of " + length + " characters (minimum " + minimum + "): \"" + reason.strip() + "\"");
			score = Math.max(score, 0.5 + 0.5 * (1 - (double) length / minimum));
		}
		if (legalBasis == null || legalBasis.isBlank()) {
			findings.add("no legal basis");
			score = Math.max(score, 0.9);
		}
		else if (!rules.citesLegalBasis(legalBasis)) {
			findings.add("legal basis citing no legal document or article: \"" + legalBasis.strip() + "\"");
			score = Math.max(score, 0.85);
		}
		for (SupplementItem item : items) {
			if (procedure.isPresent() && procedure.get().component(item.componentCode()).isEmpty()) {
				findings.add("component " + item.componentCode() + " not in the checklist");
				score = Math.max(score, 0.8);
			}
		}
		if (findings.isEmpty()) {
			return;
		}
		flags.raise(RULE, dossier,
				new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
						List.of(recorded.eventId()), score, recorded.businessAt(),
						"Reasonless " + what + ": " + String.join("; ", findings)));
	}

}
