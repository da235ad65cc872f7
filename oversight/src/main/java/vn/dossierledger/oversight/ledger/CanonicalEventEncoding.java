package vn.dossierledger.oversight.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * The one definition of an event's canonical encoding and of the per-dossier hash chain
 * (docs/tamper-evidence.md). Pure JDK and Jackson, no Spring or Axon, so that an offline
 * verifier can use exactly this class.
 *
 * <p>
 * The canonical encoding is the UTF-8 of a JSON object without insignificant whitespace
 * whose keys are sorted (by UTF-16 code units, at every depth):
 * {@code {"aggregateId","payload","recordedAt","revision","sequence","type"}}. The
 * payload is the JSON stored in the event store, parsed and written again with sorted
 * keys; {@code recordedAt} is the event message's timestamp to the millisecond, as the
 * event store keeps it, in ISO-8601 UTC with exactly three fractional digits
 * ({@code 2025-03-01T02:00:00.120Z}); {@code revision} is a string or {@code null}.
 * Strings are written as Jackson writes them (UTF-8, only {@code "}, {@code \} and
 * control characters escaped), numbers with exactly their stored digits. A chain value is
 * the lowercase hex SHA-256 of the previous chain value (64 ASCII hex characters,
 * {@link #GENESIS} for the first event) followed by the canonical encoding. Instances are
 * thread-safe.
 */
public final class CanonicalEventEncoding {

	/** The metadata key of the previous event's chain value. */
	public static final String PREVIOUS_KEY = "chain.prev";

	/** The metadata key of this event's chain value. */
	public static final String HASH_KEY = "chain.hash";

	/** The chain value before a dossier's first event. */
	public static final String GENESIS = "0".repeat(64);

	private static final HexFormat HEX = HexFormat.of();

	private static final DateTimeFormatter MILLISECONDS_UTC = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	/** Parses numbers exactly, so that re-writing a number never changes its digits. */
	private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

	private final JsonFactory factory = this.json.getFactory();

	/**
	 * @param payloadJson the payload exactly as stored (serialized JSON)
	 * @return the canonical encoding of the event
	 */
	public byte[] encode(String aggregateId, long sequence, String type, String revision, Instant recordedAt,
			byte[] payloadJson) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(payloadJson.length + 256);
		try (JsonGenerator generator = this.factory.createGenerator(out)) {
			generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
			generator.writeStartObject();
			generator.writeStringField("aggregateId", aggregateId);
			generator.writeFieldName("payload");
			writeSorted(this.json.readTree(payloadJson), generator);
			generator.writeStringField("recordedAt",
					MILLISECONDS_UTC.format(recordedAt.truncatedTo(ChronoUnit.MILLIS)));
			generator.writeStringField("revision", revision);
			generator.writeNumberField("sequence", sequence);
			generator.writeStringField("type", type);
			generator.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode event " + sequence + " of " + aggregateId, ex);
		}
		return out.toByteArray();
	}

	/**
	 * Any JSON in the same canonical form: sorted keys, no whitespace, numbers as
	 * written. Evidence bundles are written and checked with it.
	 */
	public byte[] canonicalJson(JsonNode node) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
		try (JsonGenerator generator = this.factory.createGenerator(out)) {
			generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
			writeSorted(node, generator);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write canonical JSON", ex);
		}
		return out.toByteArray();
	}

	/**
	 * Parses JSON the way the canonical form reads it: numbers exactly.
	 * @throws IOException if it is not JSON
	 */
	public JsonNode parse(byte[] json) throws IOException {
		return this.json.readTree(json);
	}

	/**
	 * @return the chain value of an event: SHA-256(previous ‖ canonical), lowercase hex
	 */
	public String chainValue(String previous, byte[] canonical) {
		MessageDigest sha256 = sha256();
		sha256.update(previous.getBytes(StandardCharsets.US_ASCII));
		return HEX.formatHex(sha256.digest(canonical));
	}

	/** The chain value of an event given its stored parts. */
	public String chainValue(String previous, String aggregateId, long sequence, String type, String revision,
			Instant recordedAt, byte[] payloadJson) {
		return chainValue(previous, encode(aggregateId, sequence, type, revision, recordedAt, payloadJson));
	}

	private static void writeSorted(JsonNode node, JsonGenerator generator) throws IOException {
		if (node.isObject()) {
			List<String> names = new ArrayList<>(node.size());
			node.fieldNames().forEachRemaining(names::add);
			names.sort(null);
			generator.writeStartObject();
			for (String name : names) {
				generator.writeFieldName(name);
				writeSorted(node.get(name), generator);
			}
			generator.writeEndObject();
		}
		else if (node.isArray()) {
			generator.writeStartArray();
			for (Iterator<JsonNode> elements = node.elements(); elements.hasNext();) {
				writeSorted(elements.next(), generator);
			}
			generator.writeEndArray();
		}
		else {
			generator.writeTree(node);
		}
	}

	/**
	 * Reads {@link #PREVIOUS_KEY} and {@link #HASH_KEY} from stored metadata JSON,
	 * streaming over its top-level fields (verification reads this for every event).
	 */
	public ChainLink chainLinkOf(byte[] metadataJson) {
		if (metadataJson == null || metadataJson.length == 0) {
			return ChainLink.NONE;
		}
		String previous = null;
		String hash = null;
		try (JsonParser parser = this.factory.createParser(metadataJson)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return ChainLink.NONE;
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (PREVIOUS_KEY.equals(name) && value == JsonToken.VALUE_STRING) {
					previous = parser.getText();
				}
				else if (HASH_KEY.equals(name) && value == JsonToken.VALUE_STRING) {
					hash = parser.getText();
				}
				else {
					parser.skipChildren();
				}
			}
		}
		catch (IOException unreadable) {
			return ChainLink.NONE;
		}
		return new ChainLink(previous, hash);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	/**
	 * The chain values an event carries in its metadata; {@code null} where absent.
	 */
	public record ChainLink(String previous, String hash) {

		static final ChainLink NONE = new ChainLink(null, null);

		public boolean isPresent() {
			return this.previous != null && this.hash != null;
		}

	}

}
