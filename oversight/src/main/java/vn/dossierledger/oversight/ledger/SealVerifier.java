package vn.dossierledger.oversight.ledger;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.oversight.ledger.SealMismatch.Kind;
import vn.dossierledger.oversight.ledger.StoredEvents.LeafWithStoredEvent;

/**
 * Recomputes every seal from the stored events (as {@link StoredEvents} reads them) and
 * the seal tables (plain JDBC): the leaves in sealed order, each taken from its event as
 * stored now, the block roots, the roots over all blocks, the signatures and the links
 * between seals. An event deleted or re-chained after it was sealed is located by dossier
 * and sequence; anything else that no longer matches is located by seal.
 */
final class SealVerifier {

	private static final HexFormat HEX = HexFormat.of();

	private final StoredEvents store;

	private final DataSource ledgerDatabase;

	SealVerifier(StoredEvents store, DataSource ledgerDatabase) {
		this.store = store;
		this.ledgerDatabase = ledgerDatabase;
	}

	SealCheck verify() {
		SealStore seals = new SealStore(new JdbcTemplate(this.ledgerDatabase));
		Map<String, LedgerPublicKey> keys = seals.publicKeys()
			.stream()
			.collect(Collectors.toMap(LedgerPublicKey::keyId, Function.identity()));
		List<Seal> allSeals = seals.allSeals();
		SealCheck check = new SealCheck(allSeals.size());
		checkSignaturesAndLinks(allSeals, keys, check);
		checkLeaves(allSeals, check);
		return check;
	}

	/**
	 * Every seal names the digest of the one before it, so the links are checked for
	 * every seal and the signature for the last seal of each key: that signature covers,
	 * link by link, every seal before it. (Ed25519 verification costs milliseconds in the
	 * JDK; one per block would cap verification far below the hashing speed.)
	 */
	private static void checkSignaturesAndLinks(List<Seal> seals, Map<String, LedgerPublicKey> keys, SealCheck check) {
		Map<String, Seal> lastSealOfEachKey = new LinkedHashMap<>();
		Seal previous = null;
		for (Seal seal : seals) {
			lastSealOfEachKey.put(seal.keyId(), seal);
			long expectedSize = (previous != null) ? previous.treeSize() + 1 : 1;
			String expectedPrevious = (previous != null) ? previous.digest() : CanonicalEventEncoding.GENESIS;
			long expectedFirstLeaf = (previous != null) ? previous.eventCount() : 0;
			if (seal.treeSize() != expectedSize || !seal.previousSeal().equals(expectedPrevious)
					|| seal.firstLeaf() != expectedFirstLeaf) {
				check.sealMismatch(seal, Kind.BROKEN_SEAL_LINK,
						"Does not follow seal " + ((previous != null) ? previous.treeSize() : 0));
			}
			previous = seal;
		}
		for (Seal seal : lastSealOfEachKey.values()) {
			LedgerPublicKey key = keys.get(seal.keyId());
			if (key == null || !key.idMatchesKey() || !seal.isSignedBy(key)) {
				check.sealMismatch(seal, Kind.SIGNATURE_INVALID,
						"Not validly signed by any key the ledger has used (key id " + seal.keyId() + ")");
			}
		}
	}

	private void checkLeaves(List<Seal> seals, SealCheck check) {
		MerkleFrontier blockTree = MerkleFrontier.empty();
		List<byte[]> block = new ArrayList<>();
		int[] sealIndex = { 0 };
		long[] leaves = { 0 };
		this.store.readSealedLeaves((leaf) -> {
			leaves[0]++;
			block.add(MerkleTree.leafHash(HEX.parseHex(storedChainValue(leaf, check))));
			if (sealIndex[0] < seals.size() && block.size() == seals.get(sealIndex[0]).leafCount()) {
				closeBlock(seals.get(sealIndex[0]), block, blockTree, check);
				block.clear();
				sealIndex[0]++;
			}
		});
		for (int index = sealIndex[0]; index < seals.size(); index++) {
			check.sealMismatch(seals.get(index), Kind.LEAVES_MISSING, "Covers leaves up to "
					+ (seals.get(index).eventCount() - 1) + " but only " + leaves[0] + " are stored");
		}
		check.unsealedEvents = block.size();
	}

	/**
	 * The chain value the event carries now; where it no longer exists or carries another
	 * value than was sealed, that is recorded and the sealed value stands in, so that one
	 * finding does not cascade into every later seal.
	 */
	private static String storedChainValue(LeafWithStoredEvent leaf, SealCheck check) {
		String sealedValue = leaf.sealedChainValue();
		if (!leaf.eventStored()) {
			check.eventMismatches.add(new ChainMismatch(leaf.dossierId(), leaf.sequence(), MismatchKind.EVENT_MISSING,
					"Sealed as leaf " + leaf.leafIndex() + " but no longer stored"));
		}
		else if (!sealedValue.equals(leaf.storedChainValue())) {
			check.eventMismatches
				.add(new ChainMismatch(leaf.dossierId(), leaf.sequence(), MismatchKind.REWRITTEN_AFTER_SEALING,
						"Its chain value is not the one sealed as leaf " + leaf.leafIndex()));
		}
		return sealedValue;
	}

	private static void closeBlock(Seal seal, List<byte[]> block, MerkleFrontier blockTree, SealCheck check) {
		byte[] blockRoot = MerkleTree.root(block);
		if (!HEX.formatHex(blockRoot).equals(seal.blockRoot())) {
			check.sealMismatch(seal, Kind.BLOCK_ROOT_MISMATCH, "The leaves " + seal.firstLeaf() + " to "
					+ (seal.eventCount() - 1) + " no longer give its block root");
		}
		blockTree.append(MerkleTree.leafHash(HEX.parseHex(seal.blockRoot())));
		if (!HEX.formatHex(blockTree.root()).equals(seal.treeRoot())) {
			check.sealMismatch(seal, Kind.TREE_ROOT_MISMATCH, "The block roots no longer give its tree root");
		}
	}

	/** What the seal pass found. */
	static final class SealCheck {

		final long sealsChecked;

		final List<ChainMismatch> eventMismatches = new ArrayList<>();

		final List<SealMismatch> sealMismatches = new ArrayList<>();

		long unsealedEvents;

		SealCheck(long sealsChecked) {
			this.sealsChecked = sealsChecked;
		}

		void sealMismatch(Seal seal, Kind kind, String detail) {
			this.sealMismatches.add(new SealMismatch(seal.treeSize(), kind, detail));
		}

	}

}
