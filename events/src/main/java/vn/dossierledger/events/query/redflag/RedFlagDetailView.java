package vn.dossierledger.events.query.redflag;

import java.util.List;

/** A flag with its evidence events, in dossier order. */
public record RedFlagDetailView(RedFlagView flag, List<EvidenceEventView> evidence) {

	public RedFlagDetailView {
		evidence = List.copyOf(evidence);
	}

}
