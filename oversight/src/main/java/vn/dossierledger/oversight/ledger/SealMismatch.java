package vn.dossierledger.oversight.ledger;

/**
 * A seal that the stored leaves, keys or earlier seals no longer support.
 *
 * @param treeSize the seal's tree size
 */
public record SealMismatch(long treeSize, Kind kind, String detail) {

	/** What is wrong with the seal. */
	public enum Kind {

		/**
		 * The last seal of a key is not validly signed by it (its signature covers every
		 * earlier seal through their digests).
		 */
		SIGNATURE_INVALID,

		/**
		 * It does not name the previous seal's digest, or its block does not follow on.
		 */
		BROKEN_SEAL_LINK,

		/** The recomputed root of its block is not the signed one. */
		BLOCK_ROOT_MISMATCH,

		/** The recomputed root over all blocks is not the signed one. */
		TREE_ROOT_MISMATCH,

		/** Fewer leaves are stored than the seal covers. */
		LEAVES_MISSING

	}

}
