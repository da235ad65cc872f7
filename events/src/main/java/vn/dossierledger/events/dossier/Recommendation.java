package vn.dossierledger.events.dossier;

/** A specialist's or reviewer's recommendation at a step. */
public enum Recommendation {

	APPROVE, REJECT, REQUEST_SUPPLEMENT

}
