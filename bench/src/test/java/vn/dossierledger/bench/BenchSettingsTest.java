package vn.dossierledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class BenchSettingsTest {

	@Test
	void appPropertiesAreKeyValuePairsSeparatedBySemicolons() {
		assertThat(BenchSettings.properties(
				"spring.datasource.hikari.maximum-pool-size=30; axon.eventhandling.processors.x.batch-size = 100;"))
			.containsExactly(entry("spring.datasource.hikari.maximum-pool-size", "30"),
					entry("axon.eventhandling.processors.x.batch-size", "100"));
		assertThat(BenchSettings.properties("")).isEmpty();
	}

	@Test
	void refusesAnEntryWithoutAKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchSettings.properties("=1"));
		assertThatIllegalArgumentException().isThrownBy(() -> BenchSettings.properties("novalue"));
	}

	@Test
	void phasesAreNamesSeparatedByCommasInEitherSpelling() {
		assertThat(BenchSettings.phases("replay-alone, AUDIT"))
			.containsExactlyInAnyOrder(BenchSettings.Phase.REPLAY_ALONE, BenchSettings.Phase.AUDIT);
		assertThat(BenchSettings.phases(" ")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> BenchSettings.phases("replay,status"));
	}

}
