package vn.dossierledger.projection.redflag;

import vn.dossierledger.events.query.redflag.EvidenceEventView;
import vn.dossierledger.events.query.redflag.RedFlagView;

/** Rows to the published views. */
final class RedFlagViews {

	private RedFlagViews() {
	}

	static RedFlagView view(RedFlag flag) {
		return new RedFlagView(flag.flagId(), flag.ruleId(), flag.ruleVersion(), flag.ruleName(), flag.dossierId(),
				flag.dossierCode(), flag.procedureCode(), flag.officerIds(), flag.subjectRefs(), flag.unitId(),
				flag.agencyId(), flag.evidenceEventIds(), flag.score(), flag.description(), flag.raisedAt(),
				flag.open(), flag.closedAt(), flag.closedReason());
	}

	static EvidenceEventView view(EvidenceEvent event) {
		return new EvidenceEventView(event.eventId(), event.sequence(), event.eventType(), event.businessAt(),
				event.recordedAt(), event.actorId(), event.actorRole(), event.actorUnitId());
	}

}
