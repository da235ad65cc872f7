package vn.dossierledger.oversight.ledger;

import java.util.HexFormat;
import java.util.List;

/**
 * Proof that the block tree sealed at {@code toTreeSize} only appended to the one sealed
 * at {@code fromTreeSize} (RFC 9162 §2.1.4): whoever kept the older seal checks the newer
 * one against it.
 */
public record ConsistencyProof(long fromTreeSize, String fromRoot, long toTreeSize, String toRoot, List<String> proof) {

	public boolean holds() {
		try {
			HexFormat hex = HexFormat.of();
			return MerkleTree.verifyConsistency(this.fromTreeSize, this.toTreeSize, hex.parseHex(this.fromRoot),
					hex.parseHex(this.toRoot), InclusionProof.hashes(this.proof));
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
	}

}
