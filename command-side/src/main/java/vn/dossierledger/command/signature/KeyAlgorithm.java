package vn.dossierledger.command.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * The key types the ledger accepts for signers, with the JCA signature algorithm each one
 * signs with.
 */
public enum KeyAlgorithm {

	/** ECDSA on NIST P-256 (secp256r1). */
	EC_P256("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA"),

	/** RSA PKCS#1 v1.5 with a 2048-bit modulus, the minimum the verifier accepts. */
	RSA_2048("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA");

	private final String keyPairAlgorithm;

	private final AlgorithmParameterSpec keyParameters;

	private final String signatureAlgorithm;

	KeyAlgorithm(String keyPairAlgorithm, AlgorithmParameterSpec keyParameters, String signatureAlgorithm) {
		this.keyPairAlgorithm = keyPairAlgorithm;
		this.keyParameters = keyParameters;
		this.signatureAlgorithm = signatureAlgorithm;
	}

	/** The JCA signature algorithm name, as carried in {@code DetachedSignature}. */
	public String signatureAlgorithm() {
		return this.signatureAlgorithm;
	}

	KeyPair generateKeyPair() {
		return generateKeyPair(this.keyPairAlgorithm, this.keyParameters);
	}

	static KeyPair generateRsaKeyPair(int modulusBits) {
		return generateKeyPair("RSA", new RSAKeyGenParameterSpec(modulusBits, BigInteger.valueOf(65537)));
	}

	private static KeyPair generateKeyPair(String algorithm, AlgorithmParameterSpec parameters) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			generator.initialize(parameters);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK cannot generate " + algorithm + " keys", ex);
		}
	}

}
