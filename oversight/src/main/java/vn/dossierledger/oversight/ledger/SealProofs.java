package vn.dossierledger.oversight.ledger;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;

import vn.dossierledger.oversight.ledger.SealStore.Leaf;

/**
 * Seals and proofs computed from the seal tables. A proof re-reads the leaves of one
 * block and the block roots up to its seal: bounded by the block size and the number of
 * blocks, never by the number of events.
 */
@Transactional(readOnly = true)
class SealProofs {

	private static final HexFormat HEX = HexFormat.of();

	private final SealStore store;

	private final LedgerKey key;

	SealProofs(SealStore store, LedgerKey key) {
		this.store = store;
		this.key = key;
	}

	LedgerPublicKey publicKey() {
		return this.key.publicKey();
	}

	List<LedgerPublicKey> everyPublicKey() {
		return this.store.publicKeys();
	}

	Seal latestSeal() {
		return this.store.latestSeal()
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "no-seal-yet", "No seal yet",
					"The ledger has sealed no block yet; blocks close by size or after their interval."));
	}

	Seal seal(long treeSize) {
		return this.store.seal(treeSize).orElseThrow(() -> unknownSeal(treeSize));
	}

	/**
	 * @param treeSize the seal to prove against; the latest when empty
	 */
	InclusionProof inclusion(String eventId, Optional<Long> treeSize) {
		Leaf leaf = this.store.leafOfEvent(eventId)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "event-not-in-ledger", "Event not in the ledger",
					"No event " + eventId + " has been appended to the ledger's seals (yet)."));
		Seal seal = treeSize.map(this::seal).orElseGet(this::latestSeal);
		Seal block = this.store.sealOfLeaf(leaf.index())
			.filter((candidate) -> candidate.treeSize() <= seal.treeSize())
			.orElseThrow(() -> problem(HttpStatus.CONFLICT, "event-not-yet-sealed", "Event not yet sealed",
					"Event " + eventId + " is leaf " + leaf.index() + ", after the " + seal.eventCount()
							+ " events of seal " + seal.treeSize() + "; ask again once its block is sealed."));
		return proofFor(leaf, block, seal, blockTreeLeaves(seal.treeSize()));
	}

	/** The proofs of many events against one seal, reading every block tree once. */
	InclusionProof proofFor(Leaf leaf, Seal block, Seal seal, List<byte[]> blockTreeLeaves) {
		List<byte[]> blockLeaves = this.store.chainValues(block.firstLeaf(), block.leafCount())
			.stream()
			.map((chainValue) -> MerkleTree.leafHash(HEX.parseHex(chainValue)))
			.toList();
		int indexInBlock = (int) (leaf.index() - block.firstLeaf());
		int blockIndex = (int) (block.treeSize() - 1);
		return new InclusionProof(leaf.eventId(), leaf.aggregateId(), leaf.sequence(), leaf.chainValue(), leaf.index(),
				blockIndex, indexInBlock, block.leafCount(),
				InclusionProof.hex(MerkleTree.inclusionProof(blockLeaves, indexInBlock)), block.blockRoot(),
				InclusionProof
					.hex(MerkleTree.inclusionProof(blockTreeLeaves.subList(0, (int) seal.treeSize()), blockIndex)),
				seal);
	}

	List<byte[]> blockTreeLeaves(long treeSize) {
		return this.store.blockRoots(treeSize)
			.stream()
			.map((blockRoot) -> MerkleTree.leafHash(HEX.parseHex(blockRoot)))
			.toList();
	}

	ConsistencyProof consistency(long fromTreeSize, long toTreeSize) {
		if (fromTreeSize < 1 || fromTreeSize > toTreeSize) {
			throw new LedgerProblemException(HttpStatus.BAD_REQUEST, "invalid-seal-range", "Invalid seal range",
					"A consistency proof goes from an older seal to a newer one: 1 ≤ from ≤ to, got from="
							+ fromTreeSize + ", to=" + toTreeSize + ".",
					(fromTreeSize < 1) ? "from" : "to");
		}
		Seal from = seal(fromTreeSize);
		Seal to = seal(toTreeSize);
		return new ConsistencyProof(fromTreeSize, from.treeRoot(), toTreeSize, to.treeRoot(),
				InclusionProof.hex(MerkleTree.consistencyProof(blockTreeLeaves(toTreeSize), (int) fromTreeSize)));
	}

	private static LedgerProblemException unknownSeal(long treeSize) {
		return problem(HttpStatus.NOT_FOUND, "unknown-seal", "Unknown seal",
				"There is no seal of tree size " + treeSize + ".");
	}

	private static LedgerProblemException problem(HttpStatus status, String type, String title, String detail) {
		return new LedgerProblemException(status, type, title, detail);
	}

}
