package vn.dossierledger.oversight.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;

import vn.dossierledger.oversight.ledger.CanonicalEventEncoding.ChainLink;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier.Field;
import vn.dossierledger.oversight.ledger.SealStore.Leaf;
import vn.dossierledger.oversight.ledger.StoredEvents.IdentifiedEvent;

/**
 * Exports one dossier's case history as a self-contained evidence bundle
 * (docs/tamper-evidence.md, "Evidence bundles"): every stored event (as
 * {@link StoredEvents} reads it from whichever event store the application runs on) in
 * canonical form with its chain values, an inclusion proof per sealed event against the
 * latest seal, that seal, the public key, and the ledger's signature over it all. The
 * file is canonical JSON, so that {@link EvidenceBundleVerifier} can refuse any byte that
 * differs.
 */
@Transactional(readOnly = true)
public class EvidenceBundleExporter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final StoredEvents storedEvents;

	private final CanonicalEventEncoding encoding;

	private final SealProofs proofs;

	private final SealStore store;

	private final LedgerKey key;

	private final Clock clock;

	EvidenceBundleExporter(StoredEvents storedEvents, CanonicalEventEncoding encoding, SealProofs proofs,
			SealStore store, LedgerKey key, Clock clock) {
		this.storedEvents = storedEvents;
		this.encoding = encoding;
		this.proofs = proofs;
		this.store = store;
		this.key = key;
		this.clock = clock;
	}

	/**
	 * @return the bundle's bytes, or {@code null} when the dossier has no event
	 */
	public byte[] export(String dossierId) {
		List<IdentifiedEvent> events = this.storedEvents.eventsOf(dossierId);
		if (events.isEmpty()) {
			return null;
		}
		Seal seal = this.store.latestSeal().orElse(null);
		ObjectNode bundle = NODES.objectNode();
		bundle.put(Field.FORMAT, EvidenceBundleVerifier.FORMAT);
		bundle.put(Field.DOSSIER_ID, dossierId);
		bundle.put(Field.EXPORTED_AT, this.clock.instant().toString());
		bundle.set(Field.PUBLIC_KEY, publicKeyNode(this.key.publicKey()));
		bundle.set(Field.SEAL, (seal != null) ? sealNode(seal) : NODES.nullNode());
		ArrayNode eventNodes = bundle.putArray(Field.EVENTS);
		List<byte[]> blockTreeLeaves = (seal != null) ? this.proofs.blockTreeLeaves(seal.treeSize()) : List.of();
		for (IdentifiedEvent event : events) {
			eventNodes.add(eventNode(event, seal, blockTreeLeaves));
		}
		ObjectNode signed = NODES.objectNode();
		signed.set(Field.BUNDLE, bundle);
		signed.put(Field.SIGNATURE, this.key.sign(this.encoding.canonicalJson(bundle)));
		return this.encoding.canonicalJson(signed);
	}

	private ObjectNode eventNode(IdentifiedEvent event, Seal seal, List<byte[]> blockTreeLeaves) {
		StoredEvent stored = event.stored();
		ChainLink link = this.encoding.chainLinkOf(stored.metadata());
		ObjectNode node = NODES.objectNode();
		node.set(Field.CANONICAL, canonicalForm(stored));
		node.put(Field.CHAIN_PREVIOUS, link.previous());
		node.put(Field.CHAIN_VALUE, link.hash());
		node.set(Field.INCLUSION, NODES.nullNode());
		if (seal == null) {
			return node;
		}
		Leaf leaf = this.store.leafOfEvent(event.eventId()).orElse(null);
		if (leaf == null || leaf.index() >= seal.eventCount()) {
			return node;
		}
		Seal block = this.store.sealOfLeaf(leaf.index()).orElseThrow();
		InclusionProof proof = this.proofs.proofFor(leaf, block, seal, blockTreeLeaves);
		ObjectNode inclusion = NODES.objectNode();
		inclusion.put(Field.LEAF_INDEX, proof.leafIndex());
		inclusion.put(Field.BLOCK_INDEX, proof.blockIndex());
		inclusion.put(Field.INDEX_IN_BLOCK, proof.indexInBlock());
		inclusion.put(Field.BLOCK_SIZE, proof.blockSize());
		inclusion.put(Field.BLOCK_ROOT, proof.blockRoot());
		inclusion.set(Field.BLOCK_PATH, textArray(proof.blockPath()));
		inclusion.set(Field.TREE_PATH, textArray(proof.treePath()));
		node.set(Field.INCLUSION, inclusion);
		return node;
	}

	/** The event exactly as its chain value covers it. */
	private JsonNode canonicalForm(StoredEvent stored) {
		try {
			return this.encoding.parse(this.encoding.encode(stored.aggregateId(), stored.sequence(), stored.type(),
					stored.revision(), Instant.parse(stored.recordedAt()), stored.payload()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Stored event " + stored.sequence() + " cannot be encoded", ex);
		}
	}

	/** A bundle as a file to save, named after its dossier; its bytes as they are. */
	public static ResponseEntity<byte[]> attachment(String dossierId, byte[] bundle) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evidence-" + dossierId + ".json").build().toString())
			.body(bundle);
	}

	static ObjectNode sealNode(Seal seal) {
		ObjectNode node = NODES.objectNode();
		node.put(Field.TREE_SIZE, seal.treeSize());
		node.put(Field.FIRST_LEAF, seal.firstLeaf());
		node.put(Field.LEAF_COUNT, seal.leafCount());
		node.put(Field.BLOCK_ROOT, seal.blockRoot());
		node.put(Field.TREE_ROOT, seal.treeRoot());
		node.put(Field.SEALED_AT, seal.sealedAt());
		node.put(Field.PREVIOUS_SEAL, seal.previousSeal());
		node.put(Field.KEY_ID, seal.keyId());
		node.put(Field.SIGNATURE, seal.signature());
		return node;
	}

	private static ObjectNode publicKeyNode(LedgerPublicKey publicKey) {
		ObjectNode node = NODES.objectNode();
		node.put(Field.ALGORITHM, publicKey.algorithm());
		node.put(Field.KEY_ID, publicKey.keyId());
		node.put(Field.SUBJECT_PUBLIC_KEY_INFO, publicKey.subjectPublicKeyInfo());
		return node;
	}

	private static ArrayNode textArray(List<String> values) {
		ArrayNode array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}

}
