package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The Merkle tree against the Certificate Transparency reference data of RFC 6962 (the
 * eight test leaves, the roots of every prefix, an audit path), and the proofs against
 * the RFC 9162 verification algorithms for every shape of tree up to 40 leaves.
 */
class MerkleTreeTest {

	private static final HexFormat HEX = HexFormat.of();

	private static final List<String> REFERENCE_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
			"5051525354555657", "606162636465666768696a6b6c6d6e6f");

	private static final List<String> REFERENCE_ROOTS = List.of(
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	private static List<byte[]> referenceLeafHashes() {
		return REFERENCE_LEAVES.stream().map((leaf) -> MerkleTree.leafHash(HEX.parseHex(leaf))).toList();
	}

	private static List<byte[]> leaves(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> MerkleTree.leafHash(new byte[] { (byte) i, (byte) (i * 7) }))
			.toList();
	}

	@Test
	void givesTheReferenceRootOfEveryPrefixOfTheReferenceLeaves() {
		List<byte[]> leaves = referenceLeafHashes();
		for (int size = 0; size <= leaves.size(); size++) {
			assertThat(HEX.formatHex(MerkleTree.root(leaves.subList(0, size)))).as("size %d", size)
				.isEqualTo(REFERENCE_ROOTS.get(size));
		}
	}

	@Test
	void givesTheReferenceAuditPathOfTheFirstLeafOfEight() {
		assertThat(MerkleTree.inclusionProof(referenceLeafHashes(), 0)).extracting(HEX::formatHex)
			.containsExactly("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
	}

	@Test
	void everyAuditPathVerifiesAndNoAlteredOneDoes() {
		for (int size = 1; size <= 40; size++) {
			List<byte[]> leaves = leaves(size);
			byte[] root = MerkleTree.root(leaves);
			for (int index = 0; index < size; index++) {
				List<byte[]> path = MerkleTree.inclusionProof(leaves, index);
				byte[] leaf = leaves.get(index);
				assertThat(MerkleTree.verifyInclusion(leaf, index, size, path, root)).as("leaf %d of %d", index, size)
					.isTrue();
				assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash(new byte[] { 42 }), index, size, path, root))
					.isFalse();
				if (size > 1) {
					assertThat(MerkleTree.verifyInclusion(leaf, (index + 1) % size, size, path, root)).isFalse();
					assertThat(MerkleTree.verifyInclusion(leaf, index, size, path.subList(1, path.size()), root))
						.isFalse();
					List<byte[]> longer = new ArrayList<>(path);
					longer.add(root);
					assertThat(MerkleTree.verifyInclusion(leaf, index, size, longer, root)).isFalse();
				}
			}
		}
	}

	@Test
	void everyConsistencyProofVerifiesAndNoneAgainstAnotherHistoryDoes() {
		for (int newSize = 1; newSize <= 24; newSize++) {
			List<byte[]> leaves = leaves(newSize);
			byte[] newRoot = MerkleTree.root(leaves);
			for (int oldSize = 1; oldSize <= newSize; oldSize++) {
				byte[] oldRoot = MerkleTree.root(leaves.subList(0, oldSize));
				List<byte[]> proof = MerkleTree.consistencyProof(leaves, oldSize);
				assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof))
					.as("%d to %d", oldSize, newSize)
					.isTrue();
				List<byte[]> rewritten = new ArrayList<>(leaves);
				rewritten.set(oldSize - 1, MerkleTree.leafHash(new byte[] { 99 }));
				byte[] rewrittenOldRoot = MerkleTree.root(rewritten.subList(0, oldSize));
				if (oldSize < newSize) {
					assertThat(MerkleTree.verifyConsistency(oldSize, newSize, rewrittenOldRoot, newRoot, proof))
						.isFalse();
					assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, MerkleTree.root(rewritten),
							MerkleTree.consistencyProof(rewritten, oldSize)))
						.isFalse();
				}
			}
		}
	}

	@Test
	void theFrontierGivesTheRootOfEveryPrefixAndSurvivesEncoding() {
		List<byte[]> leaves = leaves(70);
		MerkleFrontier frontier = MerkleFrontier.empty();
		assertThat(frontier.root()).isEqualTo(MerkleTree.root(List.of()));
		for (int size = 1; size <= leaves.size(); size++) {
			frontier.append(leaves.get(size - 1));
			assertThat(frontier.root()).as("size %d", size).isEqualTo(MerkleTree.root(leaves.subList(0, size)));
			frontier = MerkleFrontier.decode(size, frontier.encode());
		}
	}

}
