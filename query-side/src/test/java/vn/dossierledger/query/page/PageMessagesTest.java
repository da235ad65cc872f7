package vn.dossierledger.query.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.projection.status.CitizenStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages say everything: a key in one bundle is in the other (English alone names
 * the statuses, whose Vietnamese labels come with the read model).
 */
class PageMessagesTest {

	@Test
	void everyVietnameseWordHasItsEnglish() throws IOException {
		Set<String> vietnamese = keys("i18n/pages.properties");
		Set<String> english = keys("i18n/pages_en.properties");

		assertThat(english).containsAll(vietnamese);
		Set<String> englishOnly = new TreeSet<>(english);
		englishOnly.removeAll(vietnamese);
		assertThat(englishOnly).allMatch((key) -> key.startsWith("status.label.") || key.startsWith("step.label."));
	}

	@Test
	void everyStatusHasAnEnglishLabel() throws IOException {
		Set<String> english = keys("i18n/pages_en.properties");

		assertThat(Arrays.stream(DossierStatus.values()).map((status) -> "status.label." + status.name()))
			.allMatch(english::contains);
	}

	@Test
	void everyStepACitizenSeesHasAnEnglishLabel() throws IOException {
		Set<String> english = keys("i18n/pages_en.properties");

		assertThat(Arrays.stream(CitizenStep.values()).map((step) -> "step.label." + step.name()))
			.allMatch(english::contains);
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PageMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
