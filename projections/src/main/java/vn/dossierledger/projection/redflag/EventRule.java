package vn.dossierledger.projection.redflag;

/**
 * A rule that looks at each event of a dossier, with the dossier's facts as they were
 * before the event.
 */
interface EventRule {

	FlagRule rule();

	void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags);

}
