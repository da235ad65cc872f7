package vn.dossierledger.oversight.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks an evidence bundle offline, with nothing but the bundle (and, optionally, the
 * key id the checker trusts): the file is exactly its canonical form, the ledger's
 * signature covers it, every event's chain value follows from its canonical encoding and
 * its predecessor from the genesis value on, every sealed event's audit paths lead to the
 * signed seal's root, and the seal is signed by the same key. Pure JDK and Jackson.
 */
public final class EvidenceBundleVerifier {

	/** The format this verifier reads. */
	public static final String FORMAT = "dossier-ledger-evidence/1";

	private static final HexFormat HEX = HexFormat.of();

	private final CanonicalEventEncoding encoding = new CanonicalEventEncoding();

	/**
	 * @param trustedKeyId the key id the checker got from the ledger's operator, if any
	 */
	public Verdict verify(byte[] file, Optional<String> trustedKeyId) {
		List<String> failures = new ArrayList<>();
		JsonNode root;
		try {
			root = this.encoding.parse(file);
		}
		catch (IOException notJson) {
			return Verdict.failed("The file is not JSON: " + notJson.getMessage());
		}
		if (root == null || !root.isObject() || !root.path(Field.BUNDLE).isObject()) {
			return Verdict.failed("The file is not an evidence bundle (no \"bundle\" object)");
		}
		if (!Arrays.equals(file, this.encoding.canonicalJson(root))) {
			failures.add("The file is not in its canonical form: it was changed after export");
		}
		JsonNode bundle = root.path(Field.BUNDLE);
		if (!FORMAT.equals(bundle.path(Field.FORMAT).asText())) {
			failures.add("Unknown format " + bundle.path(Field.FORMAT) + "; this verifier reads " + FORMAT);
		}
		LedgerPublicKey publicKey = new LedgerPublicKey(bundle.path(Field.PUBLIC_KEY).path(Field.ALGORITHM).asText(),
				bundle.path(Field.PUBLIC_KEY).path(Field.KEY_ID).asText(),
				bundle.path(Field.PUBLIC_KEY).path(Field.SUBJECT_PUBLIC_KEY_INFO).asText());
		if (!publicKey.idMatchesKey()) {
			failures.add("The public key is not an Ed25519 key whose id is its SHA-256");
		}
		trustedKeyId.filter((trusted) -> !trusted.equals(publicKey.keyId()))
			.ifPresent((trusted) -> failures
				.add("Signed with key " + publicKey.keyId() + ", not with the trusted key " + trusted));
		String dossierId = bundle.path(Field.DOSSIER_ID).asText();
		Seal seal = sealOf(bundle.path(Field.SEAL));
		// The seal's own signature is worth checking only inside a bundle the key signed.
		if (!publicKey.verifies(this.encoding.canonicalJson(bundle), root.path(Field.SIGNATURE).asText(null))) {
			failures.add("The ledger's signature does not cover this bundle");
		}
		else if (seal != null && !seal.isSignedBy(publicKey)) {
			failures.add("Seal " + seal.treeSize() + " is not signed by the bundle's key");
		}
		int sealed = checkEvents(dossierId, bundle.path(Field.EVENTS), seal, failures);
		int events = bundle.path(Field.EVENTS).size();
		List<String> facts = List.of("Dossier " + dossierId + ": " + events + " events, " + sealed + " under seal "
				+ ((seal != null) ? seal.treeSize() + " of " + seal.sealedAt() : "(none)") + ", " + (events - sealed)
				+ " not yet sealed", "Signed with key " + publicKey.keyId());
		return new Verdict(failures.isEmpty(), facts, failures, new Coverage(events, sealed,
				(seal != null) ? seal.treeSize() : null, (seal != null) ? seal.sealedAt() : null, publicKey.keyId()));
	}

	/**
	 * @return how many events are proven under the seal
	 */
	private int checkEvents(String dossierId, JsonNode events, Seal seal, List<String> failures) {
		if (!events.isArray() || events.isEmpty()) {
			failures.add("The bundle holds no events");
			return 0;
		}
		String previous = CanonicalEventEncoding.GENESIS;
		int sealed = 0;
		for (int sequence = 0; sequence < events.size(); sequence++) {
			JsonNode event = events.get(sequence);
			JsonNode canonical = event.path(Field.CANONICAL);
			String where = "Event " + sequence + ": ";
			if (!dossierId.equals(canonical.path("aggregateId").asText())
					|| canonical.path("sequence").asLong(-1) != sequence) {
				failures.add(where + "is not event " + sequence + " of dossier " + dossierId);
			}
			String chainValue = event.path(Field.CHAIN_VALUE).asText();
			if (!previous.equals(event.path(Field.CHAIN_PREVIOUS).asText())) {
				failures.add(where + "does not link to the chain value of the event before it");
			}
			if (!this.encoding.chainValue(previous, this.encoding.canonicalJson(canonical)).equals(chainValue)
					|| !isTime(canonical.path("recordedAt").asText())) {
				failures.add(where + "its canonical content does not give its chain value");
			}
			JsonNode inclusion = event.path(Field.INCLUSION);
			if (inclusion.isObject()) {
				if (seal != null && proofOf(event, inclusion, seal).leadsToSealedRoot()) {
					sealed++;
				}
				else {
					failures.add(where + "its inclusion proof does not lead to the sealed root");
				}
			}
			previous = chainValue;
		}
		return sealed;
	}

	private static InclusionProof proofOf(JsonNode event, JsonNode inclusion, Seal seal) {
		return new InclusionProof(null, null, 0, event.path(Field.CHAIN_VALUE).asText(),
				inclusion.path(Field.LEAF_INDEX).asLong(), inclusion.path(Field.BLOCK_INDEX).asLong(),
				inclusion.path(Field.INDEX_IN_BLOCK).asLong(), inclusion.path(Field.BLOCK_SIZE).asInt(),
				texts(inclusion.path(Field.BLOCK_PATH)), inclusion.path(Field.BLOCK_ROOT).asText(),
				texts(inclusion.path(Field.TREE_PATH)), seal);
	}

	private static Seal sealOf(JsonNode seal) {
		if (!seal.isObject()) {
			return null;
		}
		return new Seal(seal.path(Field.TREE_SIZE).asLong(), seal.path(Field.FIRST_LEAF).asLong(),
				seal.path(Field.LEAF_COUNT).asInt(), seal.path(Field.BLOCK_ROOT).asText(),
				seal.path(Field.TREE_ROOT).asText(), seal.path(Field.SEALED_AT).asText(),
				seal.path(Field.PREVIOUS_SEAL).asText(), seal.path(Field.KEY_ID).asText(),
				seal.path(Field.SIGNATURE).asText());
	}

	private static List<String> texts(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static boolean isTime(String text) {
		try {
			Instant.parse(text);
			return true;
		}
		catch (RuntimeException notTime) {
			return false;
		}
	}

	/**
	 * What the verifier concluded.
	 *
	 * @param facts what the bundle proves when verified
	 * @param failures every check that failed
	 * @param coverage what the checks looked at; null when the file could not be read as
	 * a bundle at all
	 */
	public record Verdict(boolean verified, List<String> facts, List<String> failures, Coverage coverage) {

		static Verdict failed(String failure) {
			return new Verdict(false, List.of(), List.of(failure), null);
		}

		/** The verdict as the command-line verifier prints it. */
		public String report() {
			StringBuilder report = new StringBuilder(this.verified ? "VERIFIED\n" : "NOT VERIFIED\n");
			this.facts.forEach((fact) -> report.append("  ").append(fact).append('\n'));
			this.failures.forEach((failure) -> report.append("  FAILED: ").append(failure).append('\n'));
			return report.toString();
		}

	}

	/**
	 * What a verification looked at, so that a page can say it in its own words.
	 *
	 * @param events the bundle's events
	 * @param sealed how many of them are proven under the seal
	 * @param sealTreeSize the seal's tree size; null when the ledger had no seal yet
	 * @param sealedAt when the seal was made; null without a seal
	 * @param keyId the key the bundle is signed with
	 */
	public record Coverage(int events, int sealed, Long sealTreeSize, String sealedAt, String keyId) {

		public int unsealed() {
			return this.events - this.sealed;
		}

		/** When the seal was made, as a time; null without a seal or a readable time. */
		public Instant sealedAtTime() {
			return isTime(this.sealedAt) ? Instant.parse(this.sealedAt) : null;
		}

	}

	/** The bundle's field names, shared with the exporter. */
	static final class Field {

		static final String BUNDLE = "bundle";

		static final String SIGNATURE = "signature";

		static final String FORMAT = "format";

		static final String DOSSIER_ID = "dossierId";

		static final String EXPORTED_AT = "exportedAt";

		static final String PUBLIC_KEY = "publicKey";

		static final String ALGORITHM = "algorithm";

		static final String KEY_ID = "keyId";

		static final String SUBJECT_PUBLIC_KEY_INFO = "subjectPublicKeyInfo";

		static final String SEAL = "seal";

		static final String EVENTS = "events";

		static final String CANONICAL = "canonical";

		static final String CHAIN_PREVIOUS = "chainPrevious";

		static final String CHAIN_VALUE = "chainValue";

		static final String INCLUSION = "inclusion";

		static final String LEAF_INDEX = "leafIndex";

		static final String BLOCK_INDEX = "blockIndex";

		static final String INDEX_IN_BLOCK = "indexInBlock";

		static final String BLOCK_SIZE = "blockSize";

		static final String BLOCK_ROOT = "blockRoot";

		static final String BLOCK_PATH = "blockPath";

		static final String TREE_PATH = "treePath";

		static final String TREE_SIZE = "treeSize";

		static final String FIRST_LEAF = "firstLeaf";

		static final String LEAF_COUNT = "leafCount";

		static final String TREE_ROOT = "treeRoot";

		static final String SEALED_AT = "sealedAt";

		static final String PREVIOUS_SEAL = "previousSeal";

		private Field() {
		}

	}

}
