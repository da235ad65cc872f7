package vn.dossierledger.projection.redflag;

import java.util.List;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * F16, ghost completion, defined as any of:
 * <ul>
 * <li>a result issued without a result document hash (score 1.0);</li>
 * <li>a result "delivered" ONLINE although no electronic result was ever issued (score
 * 1.0): nothing could have been delivered online;</li>
 * <li>a dossier that came in ONLINE, of a procedure whose result is a paper document,
 * resolved without an electronic result (score 0.5; lowers Decision 766 sub-indicator
 * 4.1, DOMAIN R12).</li>
 * </ul>
 * One flag per event; not cured.
 */
final class GhostCompletionRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F16", 1, "Ghost completion");

	private final ProcedureCatalogue catalogue;

	GhostCompletionRule(ProcedureCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (recorded.event() instanceof ResultIssuedEvent result) {
			if (result.resultDocumentSha256() == null || result.resultDocumentSha256().isBlank()) {
				raise(recorded, before, flags, 1.0, "Result issued without a result document hash");
			}
			else if (!result.electronic() && Channel.ONLINE.name().equals(before.channel()) && paperResult(before)) {
				raise(recorded, before, flags, 0.5,
						"Online dossier of a paper-result procedure resolved without an electronic result");
			}
		}
		else if (recorded.event() instanceof ResultDeliveredEvent delivery && delivery.method() == DeliveryMethod.ONLINE
				&& !before.electronicResultIssued()) {
			raise(recorded, before, flags, 1.0, "Result delivered online but no electronic result was issued");
		}
	}

	private boolean paperResult(DossierFacts dossier) {
		return this.catalogue.version(dossier.procedureCode(), dossier.procedureVersion())
			.map((procedure) -> procedure.paperResult())
			.orElse(false);
	}

	private static void raise(RecordedEvent recorded, DossierFacts dossier, FlagBook flags, double score,
			String description) {
		flags.raise(RULE, dossier, new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
				List.of(recorded.eventId()), score, recorded.businessAt(), description));
	}

}
