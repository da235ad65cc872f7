package vn.dossierledger.projection.audit;

/** Field names of {@link AuditDocument} in the index, for mapping and queries. */
final class AuditFields {

	static final String EVENT_ID = "eventId";

	static final String EVENT_TYPE = "eventType";

	static final String DOSSIER_ID = "dossierId";

	static final String DOSSIER_CODE = "dossierCode";

	static final String PROCEDURE_CODE = "procedureCode";

	static final String AGENCY_ID = "agencyId";

	static final String SEQUENCE = "sequence";

	static final String STATUS = "status";

	static final String NATIONAL_STATUS_CODE = "nationalStatusCode";

	static final String STATUS_LABEL = "statusLabel";

	static final String ACTOR_ID = "actorId";

	static final String ACTOR_ROLE = "actorRole";

	static final String ACTOR_UNIT_ID = "actorUnitId";

	static final String ACTOR_NAME = "actorName";

	static final String STEP_CODE = "stepCode";

	static final String OCCURRED_AT = "occurredAt";

	static final String RECORDED_AT = "recordedAt";

	static final String HELD_WORKING_MINUTES = "heldWorkingMinutes";

	static final String TEXT = "text";

	static final String FOLDED_TEXT = "foldedText";

	private AuditFields() {
	}

}
