package vn.dossierledger.oversight.caseroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.oversight.replay.CaseState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case room names every kind of dossier event, every field of a replayed state and
 * every recommendation in both page languages, so that no step shows a bare key.
 */
class CaseRoomMessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "i18n/pages.properties", "i18n/pages_en.properties" })
	void everyEventFieldAndRecommendationHasItsWords(String bundle) throws IOException {
		Properties words = load(bundle);

		List<String> events = Arrays.stream(DossierEvent.class.getPermittedSubclasses())
			.map((type) -> "event." + type.getSimpleName().replaceFirst("Event$", ""))
			.toList();
		List<String> fields = Arrays.stream(CaseState.class.getRecordComponents())
			.map((field) -> "case.field." + field.getName())
			.toList();
		List<String> recommendations = Arrays.stream(Recommendation.values())
			.map((recommendation) -> "case.value." + recommendation.name())
			.toList();

		assertThat(events).hasSize(DossierEvent.class.getPermittedSubclasses().length).allMatch(words::containsKey);
		assertThat(fields).isNotEmpty().allMatch(words::containsKey);
		assertThat(recommendations).allMatch(words::containsKey);
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CaseRoomMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
