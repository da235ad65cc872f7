package vn.dossierledger.events.query.redflag;

/** One flag with its evidence: answered with an optional {@link RedFlagDetailView}. */
public record FindRedFlagQuery(String flagId) {
}
