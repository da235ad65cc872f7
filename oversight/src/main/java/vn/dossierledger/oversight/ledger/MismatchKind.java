package vn.dossierledger.oversight.ledger;

/** What verification found wrong with a stored event. */
public enum MismatchKind {

	/**
	 * The stored content (payload, type, revision or recorded time) no longer gives the
	 * event's chain value.
	 */
	PAYLOAD_CHANGED,

	/**
	 * A sequence number is missing, or a sealed event is no longer stored: an event was
	 * deleted.
	 */
	EVENT_MISSING,

	/**
	 * The event is intact but stored at another sequence number than it was chained at.
	 */
	REORDERED,

	/**
	 * The event is intact but does not point at its predecessor's chain value: the
	 * predecessor was rewritten and re-hashed, or this link was.
	 */
	BROKEN_LINK,

	/** The event carries no chain values at all. */
	UNCHAINED,

	/**
	 * The event's chain value is not the one sealed for it: its dossier's chain was
	 * recomputed after the seal, which only a consistent rewrite of history does.
	 */
	REWRITTEN_AFTER_SEALING

}
