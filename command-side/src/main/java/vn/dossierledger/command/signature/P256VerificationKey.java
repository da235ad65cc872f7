package vn.dossierledger.command.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * A P-256 public key that checks {@code SHA256withECDSA} signatures — the JDK's
 * {@link java.security.Signature} check (the message hashed with SHA-256, then ECDSA over
 * a DER {@code SEQUENCE} of r and s) — with Bouncy Castle's arithmetic specialised for
 * the curve. On JDK 17 that is about ten times cheaper than the JDK's generic field code,
 * whose check was a quarter of the command side's CPU with one signed step in ten
 * commands (JFR). A DER encoding that is not the canonical one is refused.
 * <p>
 * Keep the instance with the certificate: the key's multiples that the check precomputes
 * stay with its point (thread-safe in Bouncy Castle).
 */
final class P256VerificationKey {

	private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

	private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256);

	private final ECPublicKeyParameters key;

	private P256VerificationKey(ECPublicKeyParameters key) {
		this.key = key;
	}

	/**
	 * @param key a key on P-256 (the caller has checked the curve)
	 * @throws InvalidKeyException if the key's point is not on the curve
	 */
	static P256VerificationKey of(ECPublicKey key) throws InvalidKeyException {
		try {
			return new P256VerificationKey(new ECPublicKeyParameters(
					P256.getCurve().validatePoint(key.getW().getAffineX(), key.getW().getAffineY()), DOMAIN));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidKeyException("the key's point is not on P-256", ex);
		}
	}

	/**
	 * @return whether the signature was made over the message with this key's private
	 * key; {@code false} for a signature that is not a canonical DER pair in range
	 */
	boolean verifies(byte[] message, byte[] derSignature) {
		BigInteger[] rs;
		try {
			rs = StandardDSAEncoding.INSTANCE.decode(DOMAIN.getN(), derSignature);
		}
		catch (IOException | RuntimeException ex) {
			// Untrusted input: Bouncy Castle's ASN.1 parser signals bad encodings in
			// several ways.
			return false;
		}
		ECDSASigner signer = new ECDSASigner();
		signer.init(false, this.key);
		return signer.verifySignature(sha256(message), rs[0], rs[1]);
	}

	private static byte[] sha256(byte[] message) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(message);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
