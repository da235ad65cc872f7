package vn.dossierledger.oversight.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The public half of the ledger's signing key: Ed25519, published as its X.509
 * SubjectPublicKeyInfo (base64) and named by its key id, the lowercase hex SHA-256 of
 * those bytes. Pure JDK.
 */
public record LedgerPublicKey(String algorithm, String keyId, String subjectPublicKeyInfo) {

	public static final String ALGORITHM = "Ed25519";

	private static final Pattern LOWERCASE_HEX = Pattern.compile("(?:[0-9a-f]{2})+");

	public static LedgerPublicKey of(PublicKey key) {
		byte[] spki = key.getEncoded();
		return new LedgerPublicKey(ALGORITHM, keyIdOf(spki), Base64.getEncoder().encodeToString(spki));
	}

	static String keyIdOf(byte[] spki) {
		return HexFormat.of().formatHex(MerkleTree.sha256().digest(spki));
	}

	/** Whether the key id is really the digest of the key bytes. */
	public boolean idMatchesKey() {
		try {
			return ALGORITHM.equals(this.algorithm)
					&& this.keyId.equals(keyIdOf(Base64.getDecoder().decode(this.subjectPublicKeyInfo)));
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	/**
	 * @param signature lowercase hex; any other spelling of the same bytes is refused, so
	 * that no byte of a signed document can change unnoticed
	 */
	public boolean verifies(byte[] message, String signature) {
		if (signature == null || !LOWERCASE_HEX.matcher(signature).matches()) {
			return false;
		}
		try {
			PublicKey key = KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(this.subjectPublicKeyInfo)));
			Signature verifier = Signature.getInstance(ALGORITHM);
			verifier.initVerify(key);
			verifier.update(message);
			return verifier.verify(HexFormat.of().parseHex(signature));
		}
		catch (GeneralSecurityException | IllegalArgumentException invalid) {
			return false;
		}
	}

}
