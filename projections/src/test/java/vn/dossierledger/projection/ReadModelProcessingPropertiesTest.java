package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReadModelProcessingPropertiesTest {

	@Test
	void aGroupOverridesOnlyWhatItNamesAndInheritsTheRestFromTheDefaults() {
		ReadModelProcessingProperties properties = bind(Map.of("dossier-ledger.processing.defaults.batch-size", "250",
				"dossier-ledger.processing.defaults.threads", "3",
				"dossier-ledger.processing.groups.red-flags.batch-size", "20",
				"dossier-ledger.processing.groups.red-flags.segments", "4",
				"dossier-ledger.processing.groups.red-flags.full-buffer-back-off", "20ms"));

		assertThat(properties.of("red-flags"))
			.isEqualTo(new ProcessorSettings(4, 3, 20, Duration.ofSeconds(5), Duration.ofMillis(20)));
		assertThat(properties.of("dossier-status"))
			.isEqualTo(new ProcessorSettings(2, 3, 250, Duration.ofSeconds(5), Duration.ofMillis(5)));
	}

	@Test
	void withoutPropertiesEveryGroupGetsTheFallbackNotAxonsBatchSizeOfOne() {
		assertThat(bind(Map.of()).of("control-sheet")).isEqualTo(ProcessorSettings.FALLBACK);
		assertThat(ProcessorSettings.FALLBACK.batchSize()).isGreaterThan(1);
	}

	@Test
	void refusesABatchSizeBelowOne() {
		ReadModelProcessingProperties properties = bind(
				Map.of("dossier-ledger.processing.groups.control-sheet.batch-size", "0"));

		assertThatThrownBy(() -> properties.of("control-sheet")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAFullBufferBackOffLongerThanAxonsOwnOrNone() {
		for (String backOff : new String[] { "101ms", "0s", "-1ms" }) {
			ReadModelProcessingProperties properties = bind(
					Map.of("dossier-ledger.processing.defaults.full-buffer-back-off", backOff));

			assertThatThrownBy(() -> properties.of("control-sheet")).as(backOff)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("full-buffer back-off");
		}
	}

	private static ReadModelProcessingProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("dossier-ledger.processing",
				Bindable.of(ReadModelProcessingProperties.class));
	}

}
