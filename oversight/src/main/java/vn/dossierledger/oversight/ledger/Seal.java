package vn.dossierledger.oversight.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A signed tree head of the ledger (docs/tamper-evidence.md, "Global seals"). Blocks of
 * consecutive events have an RFC 6962 tree each ({@code blockRoot}); the block roots, as
 * leaves, make the tree over all blocks ({@code treeRoot}). Seal {@code treeSize} closes
 * block {@code treeSize - 1}: events {@code firstLeaf} to
 * {@code firstLeaf + leafCount - 1} of the ledger's leaf order.
 *
 * <p>
 * The signed bytes are the UTF-8 of the JSON object of every other field with sorted keys
 * and no whitespace: {@code {"blockRoot","firstLeaf","keyId","leafCount","previousSeal",
 * "sealedAt","treeRoot","treeSize"}}; hashes are lowercase hex, {@code sealedAt} ISO-8601
 * UTC, {@code previousSeal} the SHA-256 of the previous seal's signed bytes (64 zeros for
 * the first). {@code signature} is lowercase hex Ed25519 over the signed bytes.
 */
public record Seal(long treeSize, long firstLeaf, int leafCount, String blockRoot, String treeRoot, String sealedAt,
		String previousSeal, String keyId, String signature) {

	private static final JsonFactory JSON = new JsonFactory();

	/** The number of events the seal covers, its block included. */
	public long eventCount() {
		return this.firstLeaf + this.leafCount;
	}

	/** The bytes the signature covers. */
	public byte[] signedBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try (JsonGenerator generator = JSON.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringField("blockRoot", this.blockRoot);
			generator.writeNumberField("firstLeaf", this.firstLeaf);
			generator.writeStringField("keyId", this.keyId);
			generator.writeNumberField("leafCount", this.leafCount);
			generator.writeStringField("previousSeal", this.previousSeal);
			generator.writeStringField("sealedAt", this.sealedAt);
			generator.writeStringField("treeRoot", this.treeRoot);
			generator.writeNumberField("treeSize", this.treeSize);
			generator.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** What the next seal names as its {@code previousSeal}. */
	public String digest() {
		return HexFormat.of().formatHex(MerkleTree.sha256().digest(signedBytes()));
	}

	Seal signedWith(LedgerKey key) {
		Seal unsigned = new Seal(this.treeSize, this.firstLeaf, this.leafCount, this.blockRoot, this.treeRoot,
				this.sealedAt, this.previousSeal, key.keyId(), null);
		return new Seal(this.treeSize, this.firstLeaf, this.leafCount, this.blockRoot, this.treeRoot, this.sealedAt,
				this.previousSeal, key.keyId(), key.sign(unsigned.signedBytes()));
	}

	/** Whether the signature is the given key's over the signed bytes. */
	public boolean isSignedBy(LedgerPublicKey publicKey) {
		return publicKey.keyId().equals(this.keyId) && publicKey.verifies(signedBytes(), this.signature);
	}

}
