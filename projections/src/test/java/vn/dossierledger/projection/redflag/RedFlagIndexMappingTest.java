package vn.dossierledger.projection.redflag;

import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.OFFICER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.PROCEDURE_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.SUBJECT_REF;

import java.util.Map;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import org.junit.jupiter.api.Test;

import vn.dossierledger.projection.KeywordLimits;

/**
 * The red-flag mirror holds every value the field limits let into a command: a limit
 * raised beyond what a keyword can hold fails here, not as flags Elasticsearch refuses.
 */
class RedFlagIndexMappingTest {

	/** Document field → the longest value commands can put into one of its values. */
	private static final Map<String, Integer> FROM_COMMANDS = Map.of("dossierId", DOSSIER_ID, "dossierCode",
			DOSSIER_CODE, "procedureCode", PROCEDURE_CODE, "subjectRefs", SUBJECT_REF,
			// the actors a flag names: officers, or an applicant by subject reference
			"officerIds", Math.max(SUBJECT_REF, OFFICER_ID));

	@Test
	void everyFieldTakenFromACommandHoldsItsLimit() {
		TypeMapping mapping = RedFlagIndex.mapping();

		FROM_COMMANDS.forEach((field, limit) -> KeywordLimits.assertHolds(mapping, field, limit));
	}

}
