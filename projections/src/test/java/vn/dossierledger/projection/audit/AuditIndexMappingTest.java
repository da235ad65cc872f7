package vn.dossierledger.projection.audit;

import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.OFFICER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.PROCEDURE_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.STEP_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.SUBJECT_REF;

import java.util.Map;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import org.junit.jupiter.api.Test;

import vn.dossierledger.projection.KeywordLimits;

/**
 * The audit index holds every value the field limits let into a command: a limit raised
 * beyond what a keyword can hold fails here, not as documents Elasticsearch refuses.
 */
class AuditIndexMappingTest {

	/** Document field → the longest value commands can put into it. */
	private static final Map<String, Integer> FROM_COMMANDS = Map.of(AuditFields.DOSSIER_ID, DOSSIER_ID,
			AuditFields.DOSSIER_CODE, DOSSIER_CODE, AuditFields.PROCEDURE_CODE, PROCEDURE_CODE,
			// an officer, or an applicant by subject reference
			AuditFields.ACTOR_ID, Math.max(SUBJECT_REF, OFFICER_ID), AuditFields.STEP_CODE, STEP_CODE);

	@Test
	void everyFieldTakenFromACommandHoldsItsLimit() {
		TypeMapping mapping = AuditIndex.mapping();

		FROM_COMMANDS.forEach((field, limit) -> KeywordLimits.assertHolds(mapping, field, limit));
	}

}
