package vn.dossierledger.app.persistence;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UtcInstantDeserializerTest {

	/** As the stored-message mapper registers them: Java time first, ours after it. */
	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.registerModule(AxonSerializerConfiguration.utcInstants());

	@Test
	void takesPrecedenceOverJavaTimesDeserializer() throws Exception {
		DefaultDeserializationContext context = ((DefaultDeserializationContext) this.json.getDeserializationContext())
			.createInstance(this.json.getDeserializationConfig(), null, null);
		assertThat(context.findRootValueDeserializer(this.json.constructType(Instant.class)))
			.isInstanceOf(UtcInstantDeserializer.class);
	}

	@Test
	void readsUtcTextOtherOffsetsAndNumbersAsJavaTimeDoes() throws Exception {
		assertThat(read("{\"at\":\"2026-11-23T21:11:12.123Z\"}").at())
			.isEqualTo(Instant.parse("2026-11-23T21:11:12.123Z"));
		assertThat(read("{\"at\":\"2026-11-23T21:11:12+07:00\"}").at())
			.isEqualTo(Instant.parse("2026-11-23T14:11:12Z"));
		assertThat(read("{\"at\":1700000000.5}").at()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 500_000_000));
		assertThat(read("{\"at\":null}").at()).isNull();
	}

	@Test
	void refusesWhatJavaTimeRefuses() {
		assertThatExceptionOfType(JsonMappingException.class)
			.isThrownBy(() -> read("{\"at\":\"2026-02-29T00:00:00Z\"}"));
		assertThatExceptionOfType(JsonMappingException.class).isThrownBy(() -> read("{\"at\":\"yesterday\"}"));
	}

	@Test
	void leavesAPropertyWithItsOwnFormatToJavaTime() throws Exception {
		ObjectMapper strict = this.json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		assertThat(strict.readValue("{\"at\":\"2026-11-23 21:11:12\"}", Formatted.class).at())
			.isEqualTo(Instant.parse("2026-11-23T21:11:12Z"));
		// The pattern holds: the ISO text the fast path would accept is refused here.
		assertThatExceptionOfType(JsonMappingException.class)
			.isThrownBy(() -> strict.readValue("{\"at\":\"2026-11-23T21:11:12Z\"}", Formatted.class));
	}

	private Stamped read(String text) throws Exception {
		return this.json.readValue(text, Stamped.class);
	}

	record Stamped(Instant at) {
	}

	record Formatted(@JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss", timezone = "UTC") Instant at) {
	}

}
