package vn.dossierledger.oversight.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The right edge of a growing RFC 6962 tree: the roots of its perfect subtrees, largest
 * first (one per set bit of the leaf count). Appending a leaf and computing the root cost
 * O(log n) and need no earlier leaf, so sealing never re-reads history.
 */
final class MerkleFrontier {

	private static final HexFormat HEX = HexFormat.of();

	private final List<byte[]> subtreeRoots;

	private long size;

	private MerkleFrontier(long size, List<byte[]> subtreeRoots) {
		this.size = size;
		this.subtreeRoots = subtreeRoots;
	}

	static MerkleFrontier empty() {
		return new MerkleFrontier(0, new ArrayList<>());
	}

	/**
	 * @param encoded the subtree roots as {@link #encode()} wrote them
	 */
	static MerkleFrontier decode(long size, String encoded) {
		List<byte[]> roots = new ArrayList<>();
		if (!encoded.isEmpty()) {
			Arrays.stream(encoded.split(",")).map(HEX::parseHex).forEach(roots::add);
		}
		if (roots.size() != Long.bitCount(size)) {
			throw new IllegalArgumentException(
					"A frontier of " + size + " leaves has " + Long.bitCount(size) + " subtrees, not " + roots.size());
		}
		return new MerkleFrontier(size, roots);
	}

	void append(byte[] leafHash) {
		this.subtreeRoots.add(leafHash);
		// Each trailing one bit of the old size is a perfect subtree the new leaf
		// completes.
		for (long carried = this.size; (carried & 1) == 1; carried >>= 1) {
			int last = this.subtreeRoots.size() - 1;
			byte[] merged = MerkleTree.nodeHash(this.subtreeRoots.get(last - 1), this.subtreeRoots.get(last));
			this.subtreeRoots.remove(last);
			this.subtreeRoots.set(last - 1, merged);
		}
		this.size++;
	}

	long size() {
		return this.size;
	}

	byte[] root() {
		if (this.subtreeRoots.isEmpty()) {
			return MerkleTree.root(List.of());
		}
		byte[] root = this.subtreeRoots.get(this.subtreeRoots.size() - 1);
		for (int i = this.subtreeRoots.size() - 2; i >= 0; i--) {
			root = MerkleTree.nodeHash(this.subtreeRoots.get(i), root);
		}
		return root;
	}

	String encode() {
		return String.join(",", this.subtreeRoots.stream().map(HEX::formatHex).toList());
	}

}
