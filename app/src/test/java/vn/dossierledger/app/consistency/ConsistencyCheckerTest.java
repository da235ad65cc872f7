package vn.dossierledger.app.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dossierledger.app.consistency.ConsistencyReport.Difference;
import vn.dossierledger.app.consistency.ConsistencyReport.TableComparison;

class ConsistencyCheckerTest {

	private static final List<TableComparison> ROWS = List.of(new TableComparison("dossier_status", 2, 2, 0));

	private static final List<TableComparison> NO_ROWS = List.of(new TableComparison("dossier_status", 0, 0, 0));

	@Test
	void aCheckThatSawNothingIsNeverConsistent() {
		assertThat(ConsistencyChecker.stateOf(0, NO_ROWS, 0, false)).isEqualTo("NOTHING_COMPARED");
	}

	@Test
	void differencesAreAFindingOnlyWhileTheStoreStoodStill() {
		assertThat(ConsistencyChecker.stateOf(10, ROWS, 0, true)).isEqualTo("CONSISTENT");
		assertThat(ConsistencyChecker.stateOf(10, ROWS, 3, false)).isEqualTo("DIFFERENT");
		assertThat(ConsistencyChecker.stateOf(10, ROWS, 3, true)).isEqualTo("STORE_MOVING");
	}

	@Test
	void namesEachDifferenceByRowDossierAndField() {
		Map<String, Map<String, String>> live = Map.of("dossier_id=a", Map.of("dossier_id", "a", "status", "RECEIVED"),
				"dossier_id=b", Map.of("dossier_id", "b", "status", "SUBMITTED"));
		Map<String, Map<String, String>> replayed = Map.of("dossier_id=a",
				Map.of("dossier_id", "a", "status", "IN_PROCESSING"), "dossier_id=c",
				Map.of("dossier_id", "c", "status", "SUBMITTED"));

		List<Difference> differences = ConsistencyChecker.differences("dossier_status", live, replayed);

		assertThat(differences).containsExactly(
				new Difference("dossier_status", "dossier_id=a", "a", "status", "RECEIVED", "IN_PROCESSING"),
				new Difference("dossier_status", "dossier_id=b", "b", null, live.get("dossier_id=b").toString(), null),
				new Difference("dossier_status", "dossier_id=c", "c", null, null,
						replayed.get("dossier_id=c").toString()));
	}

}
