package vn.dossierledger.oversight.ledger;

import java.util.HexFormat;
import java.util.List;

/**
 * Proof that one event is in the ledger as sealed: its chain value is leaf
 * {@code indexInBlock} of a block of {@code blockSize} leaves with root {@code blockRoot}
 * (audit path {@code blockPath}), and that block root is leaf {@code blockIndex} of the
 * block tree of {@code seal.treeSize()} blocks (audit path {@code treePath}) whose root
 * the seal signs.
 */
public record InclusionProof(String eventId, String dossierId, long sequence, String chainValue, long leafIndex,
		long blockIndex, long indexInBlock, int blockSize, List<String> blockPath, String blockRoot,
		List<String> treePath, Seal seal) {

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * Whether both audit paths lead to the sealed root (the seal's signature is checked
	 * separately, with a key the checker trusts).
	 */
	public boolean leadsToSealedRoot() {
		try {
			return MerkleTree.verifyInclusion(MerkleTree.leafHash(HEX.parseHex(this.chainValue)), this.indexInBlock,
					this.blockSize, hashes(this.blockPath), HEX.parseHex(this.blockRoot))
					&& MerkleTree.verifyInclusion(MerkleTree.leafHash(HEX.parseHex(this.blockRoot)), this.blockIndex,
							this.seal.treeSize(), hashes(this.treePath), HEX.parseHex(this.seal.treeRoot()));
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
	}

	static List<byte[]> hashes(List<String> hex) {
		return hex.stream().map(HEX::parseHex).toList();
	}

	static List<String> hex(List<byte[]> hashes) {
		return hashes.stream().map(HEX::formatHex).toList();
	}

}
