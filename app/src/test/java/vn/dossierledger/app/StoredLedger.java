package vn.dossierledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ledger written by an earlier release of the application and kept as a test fixture,
 * so that every later release must open it: the same events, the same chain values and
 * seals, the same read models. One directory per store under
 * {@code src/test/resources/stored-ledger/<release>/<store>/}:
 * <ul>
 * <li>{@value #H2_DATABASE} (H2: the database file and the ledger's key) or
 * {@value #POSTGRES_DUMP} and {@value #KEY_FILE} (PostgreSQL: a plain {@code pg_dump});
 * <li>{@value #EVENTS}: every stored event as that release deserialised it;
 * <li>{@value #READ_MODELS}: every read-model row once that release had caught up
 * ({@link ReadModelTables#rows});
 * <li>{@value #AUDIT_DOCUMENTS}: the audit index's documents;
 * <li>{@value #EVIDENCE}/{@code <dossier id>.json}: evidence bundles it exported;
 * <li>{@value #FACTS}: what the test needs to know about the store.
 * </ul>
 * {@link StoredLedgerFixtureWriter} writes them; {@link StoredLedgerContract} reads them.
 */
final class StoredLedger {

	static final String H2_DATABASE = "ledger.zip";

	static final String POSTGRES_DUMP = "ledger.sql";

	static final String KEY_FILE = "ledger-key.pem";

	static final String EVENTS = "events.jsonl";

	static final String READ_MODELS = "read-models.txt";

	static final String AUDIT_DOCUMENTS = "audit-history.jsonl";

	static final String EVIDENCE = "evidence";

	static final String FACTS = "facts.json";

	/** The read model whose token the fixture keeps part-way through the store. */
	static final String PART_WAY_GROUP = "dossier-status";

	/** Renders values with sorted keys, independent of the application's own mappers. */
	static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private StoredLedger() {
	}

	/** One row of {@code domain_event_entry}, bytes as stored. */
	record StoredRow(long globalIndex, String eventId, String aggregateId, long sequence, String timestamp,
			String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

		Object payloadValue(Serializer serializer) {
			return serializer.deserialize(
					new SimpleSerializedObject<>(this.payload, byte[].class, this.payloadType, this.payloadRevision));
		}

		MetaData metaDataValue(Serializer serializer) {
			return serializer
				.deserialize(new SimpleSerializedObject<>(this.metaData, byte[].class, MetaData.class.getName(), null));
		}

	}

	static List<StoredRow> storedRows(JdbcTemplate jdbc) {
		return jdbc.query(
				"select global_index, event_identifier, aggregate_identifier, sequence_number, time_stamp,"
						+ " payload_type, payload_revision, payload, meta_data from domain_event_entry"
						+ " order by global_index",
				(row, index) -> new StoredRow(row.getLong("global_index"), row.getString("event_identifier"),
						row.getString("aggregate_identifier"), row.getLong("sequence_number"),
						row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
						row.getBytes("payload"), row.getBytes("meta_data")));
	}

	/**
	 * Every stored event as one line: where it is stored, and the values its payload and
	 * metadata deserialise to with the application's event serializer — rendered as JSON
	 * with sorted keys and, independently of Jackson, as the records' own
	 * {@code toString()}.
	 */
	static List<String> renderEvents(List<StoredRow> rows, Serializer serializer) {
		List<String> lines = new ArrayList<>(rows.size());
		for (StoredRow row : rows) {
			Object payload = row.payloadValue(serializer);
			MetaData metaData = row.metaDataValue(serializer);
			ObjectNode line = JSON.createObjectNode();
			line.put("globalIndex", row.globalIndex());
			line.put("eventId", row.eventId());
			line.put("aggregateId", row.aggregateId());
			line.put("sequence", row.sequence());
			line.put("timestamp", row.timestamp());
			line.put("type", row.payloadType());
			line.put("revision", row.payloadRevision());
			line.put("javaType", payload.getClass().getName());
			line.set("value", JSON.valueToTree(payload));
			line.put("valueText", payload.toString());
			line.set("metaData", JSON.valueToTree(new TreeMap<>(metaData)));
			lines.add(write(line));
		}
		return lines;
	}

	/**
	 * Every document of the audit index, as {@code _id} and sorted-key source, sorted.
	 */
	static List<String> auditDocuments(URI elasticsearch) {
		JsonNode hits = getJson(elasticsearch.resolve("/audit-history/_search?size=10000")).path("hits");
		if (hits.path("total").path("value").asLong() >= 10000) {
			throw new IllegalStateException("More audit documents than one search returns: " + hits.path("total"));
		}
		List<String> lines = new ArrayList<>();
		for (JsonNode hit : hits.path("hits")) {
			ObjectNode line = JSON.createObjectNode();
			line.put("id", hit.path("_id").asText());
			line.set("source", hit.path("_source"));
			lines.add(write(line));
		}
		lines.sort(null);
		return lines;
	}

	private static JsonNode getJson(URI uri) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The node as JSON text, object keys sorted at every depth. */
	static String write(JsonNode node) {
		try {
			return JSON.writeValueAsString(sorted(node));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = JSON.createObjectNode();
			List<String> names = new ArrayList<>();
			node.fieldNames().forEachRemaining(names::add);
			names.sort(null);
			names.forEach((name) -> copy.set(name, sorted(node.get(name))));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JSON.createArrayNode();
			node.forEach((element) -> copy.add(sorted(element)));
			return copy;
		}
		return node;
	}

	static void writeLines(Path file, List<String> lines) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the writer knew about the store when it stopped.
	 *
	 * @param release the application release that wrote it
	 * @param keyId the ledger's signing key (every seal and bundle is signed with it)
	 * @param latestSealTreeSize the latest seal then
	 * @param partWayPosition the token position of {@link #PART_WAY_GROUP}, behind the
	 * head
	 * @param headGlobalIndex the last stored event's global index
	 * @param pendingDeadlineDossiers received dossiers whose statutory deadline had
	 * passed but not yet fired (no scheduler polled)
	 * @param resolvedDossier a dossier whose result is issued and not yet delivered
	 * @param resolvedDossierVersion its version (last sequence number)
	 * @param evidenceDossiers the dossiers whose bundles are under {@value #EVIDENCE}
	 */
	record Facts(String release, String keyId, long latestSealTreeSize, long partWayPosition, long headGlobalIndex,
			List<String> pendingDeadlineDossiers, String resolvedDossier, long resolvedDossierVersion,
			List<String> evidenceDossiers) {

		static Facts read(Path directory) {
			try {
				return JSON.readValue(directory.resolve(FACTS).toFile(), Facts.class);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void write(Path directory) {
			try {
				JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(FACTS).toFile(), this);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
