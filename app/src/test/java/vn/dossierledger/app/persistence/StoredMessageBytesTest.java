package vn.dossierledger.app.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every byte Axon stores is written exactly as before the move to Spring Boot 4: stored
 * payloads are hash-chained over their stored bytes. The configured serializer
 * ({@link AxonSerializerConfiguration}) is compared with a Jackson 2 serializer built
 * here from first principles the way Spring Boot 3.5's
 * {@code Jackson2ObjectMapperBuilder} built the application's {@code ObjectMapper} (which
 * Axon used until then), and with the bytes written for the same values before the
 * upgrade by Axon 4.12.2's serializer on Boot 3.5.16's auto-configured mapper, Jackson
 * 2.21.4 ({@code stored-messages-boot-3.5.16.tsv}; characters outside the BMP, for one,
 * are escaped there, as on the byte path only). A fast guard; stored fixtures of a real
 * pre-upgrade event store are a separate test.
 */
class StoredMessageBytesTest {

	private static final ClassLoader CLASS_LOADER = StoredMessageBytesTest.class.getClassLoader();

	private final JacksonSerializer configured = AxonSerializerConfiguration
		.storedMessageSerializer(new AnnotationRevisionResolver(), CLASS_LOADER);

	private final JacksonSerializer boot35 = JacksonSerializer.builder()
		.revisionResolver(new AnnotationRevisionResolver())
		.converter(new ChainingConverter(CLASS_LOADER))
		.objectMapper(boot35ObjectMapper())
		.build();

	/**
	 * Boot 3.5's {@code JacksonAutoConfiguration} with our application.yml: Spring's
	 * builder registered Jdk8Module and JavaTimeModule, Boot added ParameterNamesModule
	 * (mode DEFAULT) and the application's {@code Module} beans (the UTC Instant reader);
	 * Boot's feature defaults turned dates and durations as timestamps off, the builder's
	 * defaults turned unknown-property failures and default view inclusion off. (Boot's
	 * JsonComponentModule and JsonMixinModule were registered too, empty: no
	 * {@code @JsonComponent} or {@code @JsonMixin} exists.)
	 */
	private static ObjectMapper boot35ObjectMapper() {
		ObjectMapper mapper = new ObjectMapper();
		mapper.registerModule(new Jdk8Module());
		mapper.registerModule(new JavaTimeModule());
		mapper.registerModule(new ParameterNamesModule(JsonCreator.Mode.DEFAULT));
		mapper.registerModule(new SimpleModule("dossier-ledger-utc-instants").addDeserializer(Instant.class,
				new UtcInstantDeserializer()));
		mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
		mapper.configure(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS, false);
		mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		mapper.configure(MapperFeature.DEFAULT_VIEW_INCLUSION, false);
		return mapper;
	}

	@Test
	void coversEveryEventOfTheDossier() {
		Set<Class<?>> covered = RepresentativeEvents.all().stream().map(Object::getClass).collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrder(DossierEvent.class.getPermittedSubclasses());
	}

	@Test
	void writesEveryEventAsBoot35Did() {
		for (DossierEvent event : RepresentativeEvents.all()) {
			assertSameBytes(event);
		}
	}

	@Test
	void writesMetaDataTokensAndOtherTypesAsBoot35Did() {
		for (Object value : otherStoredValues()) {
			assertSameBytes(value);
		}
	}

	@Test
	void writesTheJsonBoot35WroteBeforeTheUpgrade() throws IOException {
		// Events added since are covered by writesEveryEventAsBoot35Did.
		List<Object> values = new ArrayList<>(RepresentativeEvents.recordedBeforeTheUpgrade());
		values.addAll(otherStoredValues());
		List<String> recorded = recordedBoot35Json();
		assertThat(recorded).hasSameSizeAs(values);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			String[] line = recorded.get(i).split("\t", 2);
			assertThat(line[0]).isEqualTo(value.getClass().getName());
			assertThat(new String(serialize(this.configured, value).getData(), StandardCharsets.UTF_8)).as(line[0])
				.isEqualTo(line[1]);
		}
	}

	@Test
	void readsBackWhatItWrote() {
		List<Object> values = new ArrayList<>(RepresentativeEvents.all());
		values.addAll(storedAxonValues());
		for (Object value : values) {
			Object read = this.configured.deserialize(serialize(this.configured, value));
			assertThat(read).as(value.getClass().getName()).isEqualTo(value);
		}
	}

	@Test
	void readsStoredInstantsWithTheUtcFastPath() throws Exception {
		ObjectMapper mapper = this.configured.getObjectMapper();
		DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
			.createInstance(mapper.getDeserializationConfig(), null, null);
		assertThat(context.findRootValueDeserializer(mapper.constructType(Instant.class)))
			.isInstanceOf(UtcInstantDeserializer.class);
	}

	private void assertSameBytes(Object value) {
		SerializedObject<byte[]> expected = serialize(this.boot35, value);
		SerializedObject<byte[]> actual = serialize(this.configured, value);
		String name = value.getClass().getName();
		assertThat(actual.getType()).as(name).isEqualTo(expected.getType());
		assertThat(new String(actual.getData(), StandardCharsets.UTF_8)).as(name)
			.isEqualTo(new String(expected.getData(), StandardCharsets.UTF_8));
		assertThat(Arrays.equals(actual.getData(), expected.getData())).as(name).isTrue();
	}

	private static SerializedObject<byte[]> serialize(JacksonSerializer serializer, Object value) {
		return serializer.serialize(value, byte[].class);
	}

	/**
	 * What else Axon stores with these serializers (metadata with the events, tokens with
	 * the general one), then the value types no event carries yet but a new one may.
	 */
	private static List<Object> otherStoredValues() {
		List<Object> values = new ArrayList<>(storedAxonValues());
		values.add(new Probe(new BigDecimal("12345.6700"), Optional.of("x"), Optional.empty(), Duration.ofMinutes(90),
				LocalDate.of(2026, 1, 2), OffsetDateTime.parse("2026-01-02T03:04:05+07:00"),
				LocalDateTime.parse("2026-01-02T03:04:05.5"), null, 1.5d, new Date(0L)));
		return values;
	}

	private static List<Object> storedAxonValues() {
		return List.of(MetaData.from(Map.of("correlationId", "c-1", "traceId", "t-1", "origin", "rest")),
				GapAwareTrackingToken.newInstance(1234L, Set.of(1200L, 1201L)), ReplayToken
					.createReplayToken(new GlobalSequenceTrackingToken(99L), new GlobalSequenceTrackingToken(10L)));
	}

	private static List<String> recordedBoot35Json() throws IOException {
		try (InputStream in = StoredMessageBytesTest.class.getResourceAsStream("stored-messages-boot-3.5.16.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	/** Value types no event carries yet. */
	record Probe(BigDecimal amount, Optional<String> present, Optional<String> absent, Duration held, LocalDate day,
			OffsetDateTime offset, LocalDateTime local, String nothing, double ratio, Date legacy) {

	}

}
