package vn.dossierledger.oversight.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merkle tree hashing, audit paths and consistency proofs exactly as RFC 6962 §2.1 and
 * RFC 9162 §2.1 define them (SHA-256, leaf prefix {@code 0x00}, node prefix
 * {@code 0x01}), so that any Certificate-Transparency-style verifier agrees with the
 * ledger's seals. Pure JDK, used by the server and by the offline verifier alike.
 */
public final class MerkleTree {

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private MerkleTree() {
	}

	/** {@code SHA-256(0x00 || data)}. */
	public static byte[] leafHash(byte[] data) {
		MessageDigest sha256 = sha256();
		sha256.update(LEAF_PREFIX);
		return sha256.digest(data);
	}

	/** {@code SHA-256(0x01 || left || right)}. */
	public static byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest sha256 = sha256();
		sha256.update(NODE_PREFIX);
		sha256.update(left);
		return sha256.digest(right);
	}

	/**
	 * The Merkle tree hash MTH of the leaves whose leaf hashes are given ({@code SHA-256}
	 * of nothing for no leaf).
	 */
	public static byte[] root(List<byte[]> leafHashes) {
		if (leafHashes.isEmpty()) {
			return sha256().digest();
		}
		return subtreeRoot(leafHashes, 0, leafHashes.size());
	}

	/**
	 * The audit path PATH(index, D[size]) of one leaf, from the leaf up.
	 */
	public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index) {
		if (index < 0 || index >= leafHashes.size()) {
			throw new IllegalArgumentException("No leaf " + index + " in a tree of " + leafHashes.size());
		}
		List<byte[]> path = new ArrayList<>();
		auditPath(leafHashes, index, 0, leafHashes.size(), path);
		return path;
	}

	/**
	 * The consistency proof PROOF(oldSize, D[n]) between the tree of the first
	 * {@code oldSize} leaves and the tree of all of them.
	 */
	public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int oldSize) {
		if (oldSize < 1 || oldSize > leafHashes.size()) {
			throw new IllegalArgumentException(
					"No consistency proof from size " + oldSize + " to size " + leafHashes.size());
		}
		List<byte[]> proof = new ArrayList<>();
		subproof(leafHashes, oldSize, 0, leafHashes.size(), true, proof);
		return proof;
	}

	/**
	 * Verifies an audit path (RFC 9162 §2.1.3.2).
	 * @return whether the leaf hash at {@code index} of a tree of {@code size} leaves
	 * gives {@code root} along {@code path}
	 */
	public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
		if (index < 0 || index >= size) {
			return false;
		}
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = nodeHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(r, root);
	}

	/**
	 * Verifies a consistency proof (RFC 9162 §2.1.4.2): the tree of {@code newSize}
	 * leaves with {@code newRoot} extends the tree of {@code oldSize} leaves with
	 * {@code oldRoot}.
	 */
	public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
			List<byte[]> proof) {
		if (oldSize < 1 || oldSize > newSize) {
			return false;
		}
		if (oldSize == newSize) {
			return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
		}
		List<byte[]> nodes = new ArrayList<>(proof);
		if (Long.bitCount(oldSize) == 1) {
			nodes.add(0, oldRoot);
		}
		if (nodes.isEmpty()) {
			return false;
		}
		long fn = oldSize - 1;
		long sn = newSize - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = nodes.get(0);
		byte[] sr = nodes.get(0);
		for (byte[] c : nodes.subList(1, nodes.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = nodeHash(c, fr);
				sr = nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = nodeHash(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot);
	}

	private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
		if (to - from == 1) {
			return leaves.get(from);
		}
		int split = from + largestPowerOfTwoBelow(to - from);
		return nodeHash(subtreeRoot(leaves, from, split), subtreeRoot(leaves, split, to));
	}

	private static void auditPath(List<byte[]> leaves, int index, int from, int to, List<byte[]> path) {
		if (to - from == 1) {
			return;
		}
		int split = from + largestPowerOfTwoBelow(to - from);
		if (index < split) {
			auditPath(leaves, index, from, split, path);
			path.add(subtreeRoot(leaves, split, to));
		}
		else {
			auditPath(leaves, index, split, to, path);
			path.add(subtreeRoot(leaves, from, split));
		}
	}

	private static void subproof(List<byte[]> leaves, int oldSize, int from, int to, boolean wholeOldTree,
			List<byte[]> proof) {
		int size = to - from;
		if (oldSize == size) {
			if (!wholeOldTree) {
				proof.add(subtreeRoot(leaves, from, to));
			}
			return;
		}
		int split = largestPowerOfTwoBelow(size);
		if (oldSize <= split) {
			subproof(leaves, oldSize, from, from + split, wholeOldTree, proof);
			proof.add(subtreeRoot(leaves, from + split, to));
		}
		else {
			subproof(leaves, oldSize - split, from + split, to, false, proof);
			proof.add(subtreeRoot(leaves, from, from + split));
		}
	}

	/** The largest power of two strictly smaller than {@code n} (n ≥ 2). */
	private static int largestPowerOfTwoBelow(int n) {
		return Integer.highestOneBit(n - 1);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
