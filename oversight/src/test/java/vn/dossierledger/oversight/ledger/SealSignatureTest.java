package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals signed with the ledger's Ed25519 key: the signature covers every field, only the
 * lowercase spelling of a signature is accepted, and the key survives a restart from its
 * file.
 */
class SealSignatureTest {

	private static final LedgerKey KEY = LedgerKey.generate();

	private static final Seal SEAL = new Seal(3, 2048, 17, "aa".repeat(32), "bb".repeat(32), "2026-11-23T03:00:00.123Z",
			"cc".repeat(32), null, null)
		.signedWith(KEY);

	@Test
	void aSignedSealVerifiesWithItsKeyOnly() {
		assertThat(SEAL.keyId()).isEqualTo(KEY.keyId());
		assertThat(SEAL.isSignedBy(KEY.publicKey())).isTrue();
		assertThat(SEAL.isSignedBy(LedgerKey.generate().publicKey())).isFalse();
	}

	@Test
	void changingAnySignedFieldBreaksTheSignature() {
		LedgerPublicKey key = KEY.publicKey();
		Seal s = SEAL;
		assertThat(new Seal(4, s.firstLeaf(), s.leafCount(), s.blockRoot(), s.treeRoot(), s.sealedAt(),
				s.previousSeal(), s.keyId(), s.signature())
			.isSignedBy(key)).isFalse();
		assertThat(new Seal(s.treeSize(), 2047, s.leafCount(), s.blockRoot(), s.treeRoot(), s.sealedAt(),
				s.previousSeal(), s.keyId(), s.signature())
			.isSignedBy(key)).isFalse();
		assertThat(new Seal(s.treeSize(), s.firstLeaf(), 16, s.blockRoot(), s.treeRoot(), s.sealedAt(),
				s.previousSeal(), s.keyId(), s.signature())
			.isSignedBy(key)).isFalse();
		assertThat(new Seal(s.treeSize(), s.firstLeaf(), s.leafCount(), "ab".repeat(32), s.treeRoot(), s.sealedAt(),
				s.previousSeal(), s.keyId(), s.signature())
			.isSignedBy(key)).isFalse();
		assertThat(new Seal(s.treeSize(), s.firstLeaf(), s.leafCount(), s.blockRoot(), "ab".repeat(32), s.sealedAt(),
				s.previousSeal(), s.keyId(), s.signature())
			.isSignedBy(key)).isFalse();
		assertThat(new Seal(s.treeSize(), s.firstLeaf(), s.leafCount(), s.blockRoot(), s.treeRoot(),
				"2026-11-23T03:00:00.124Z", s.previousSeal(), s.keyId(), s.signature())
			.isSignedBy(key)).isFalse();
		assertThat(new Seal(s.treeSize(), s.firstLeaf(), s.leafCount(), s.blockRoot(), s.treeRoot(), s.sealedAt(),
				"ab".repeat(32), s.keyId(), s.signature())
			.isSignedBy(key)).isFalse();
	}

	@Test
	void refusesAnotherSpellingOfTheSameSignatureBytes() {
		Seal shouted = new Seal(SEAL.treeSize(), SEAL.firstLeaf(), SEAL.leafCount(), SEAL.blockRoot(), SEAL.treeRoot(),
				SEAL.sealedAt(), SEAL.previousSeal(), SEAL.keyId(), SEAL.signature().toUpperCase());
		assertThat(shouted.isSignedBy(KEY.publicKey())).isFalse();
	}

	@Test
	void theSignedBytesAreTheDocumentedSortedJson() {
		assertThat(new String(SEAL.signedBytes())).isEqualTo("{\"blockRoot\":\"" + "aa".repeat(32)
				+ "\",\"firstLeaf\":2048,\"keyId\":\"" + KEY.keyId() + "\",\"leafCount\":17,\"previousSeal\":\""
				+ "cc".repeat(32) + "\",\"sealedAt\":\"2026-11-23T03:00:00.123Z\",\"treeRoot\":\"" + "bb".repeat(32)
				+ "\",\"treeSize\":3}");
	}

	@Test
	void theKeyFileIsCreatedOnceThenReadBack(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("keys").resolve("ledger-key.pem");
		LedgerKey created = LedgerKey.loadOrCreate(file);
		LedgerKey reread = LedgerKey.loadOrCreate(file);

		assertThat(reread.keyId()).isEqualTo(created.keyId());
		assertThat(created.publicKey().verifies("x".getBytes(), reread.sign("x".getBytes()))).isTrue();
		assertThat(Files.readString(file)).contains("BEGIN PRIVATE KEY", "BEGIN PUBLIC KEY");
	}

	@Test
	void refusesAKeyFileWhosePublicKeyIsAnotherOnes() {
		String mismatched = KEY.toPem().substring(0, KEY.toPem().indexOf("-----BEGIN PUBLIC KEY"))
				+ LedgerKey.generate().toPem().substring(LedgerKey.generate().toPem().indexOf("-----BEGIN PUBLIC KEY"));
		assertThatThrownBy(() -> LedgerKey.read(mismatched)).isInstanceOf(IllegalStateException.class);
	}

}
