package vn.dossierledger.command.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check must say what the JDK's {@code SHA256withECDSA} says, for every signature a
 * signer can make and every way it can be damaged.
 */
class P256VerificationKeyTests {

	private static final BigInteger ORDER = new BigInteger(
			"FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

	private static final Random RANDOM = new Random(20261123);

	private static KeyPair signer;

	private static P256VerificationKey key;

	@BeforeAll
	static void generateTheSigner() throws GeneralSecurityException {
		signer = newKeyPair();
		key = P256VerificationKey.of((ECPublicKey) signer.getPublic());
	}

	@Test
	void agreesWithTheJdkOnSignaturesOfRandomKeysAndMessages() throws GeneralSecurityException {
		for (int i = 0; i < 200; i++) {
			KeyPair pair = newKeyPair();
			P256VerificationKey verificationKey = P256VerificationKey.of((ECPublicKey) pair.getPublic());
			byte[] message = randomBytes(1 + RANDOM.nextInt(64));
			byte[] signature = sign(pair, message);
			byte[] otherMessage = message.clone();
			otherMessage[RANDOM.nextInt(otherMessage.length)] ^= (byte) (1 << RANDOM.nextInt(8));

			assertThat(verificationKey.verifies(message, signature)).isTrue();
			assertThat(verificationKey.verifies(otherMessage, signature)).isFalse()
				.isEqualTo(jdkVerifies(pair, otherMessage, signature));
			assertThat(key.verifies(message, signature)).as("another key's signature").isFalse();
		}
	}

	@Test
	void agreesWithTheJdkOnEverySingleBitFlipOfASignature() throws GeneralSecurityException {
		byte[] message = randomBytes(32);
		byte[] signature = sign(signer, message);
		for (int bit = 0; bit < signature.length * 8; bit++) {
			byte[] damaged = signature.clone();
			damaged[bit / 8] ^= (byte) (1 << (bit % 8));

			assertThat(key.verifies(message, damaged)).as("bit %d", bit)
				.isEqualTo(jdkVerifies(signer, message, damaged))
				.isFalse();
		}
	}

	@Test
	void acceptsTheHighSTwinOfASignatureAsTheJdkDoes() throws GeneralSecurityException {
		byte[] message = randomBytes(32);
		BigInteger[] rs = decode(sign(signer, message));
		byte[] twin = der(rs[0], ORDER.subtract(rs[1]));

		assertThat(jdkVerifies(signer, message, twin)).isTrue();
		assertThat(key.verifies(message, twin)).isTrue();
	}

	@Test
	void refusesPairsOutOfRange() throws GeneralSecurityException {
		byte[] message = randomBytes(32);
		BigInteger[] rs = decode(sign(signer, message));

		for (byte[] outOfRange : new byte[][] { der(BigInteger.ZERO, rs[1]), der(rs[0], BigInteger.ZERO),
				der(rs[0].add(ORDER), rs[1]), der(rs[0], rs[1].add(ORDER)), der(ORDER, rs[1]) }) {
			assertThat(key.verifies(message, outOfRange)).isFalse().isEqualTo(jdkVerifies(signer, message, outOfRange));
		}
	}

	@Test
	void refusesEncodingsThatAreNotCanonicalDer() throws GeneralSecurityException {
		byte[] message = randomBytes(32);
		byte[] signature = sign(signer, message);
		BigInteger[] rs = decode(signature);
		byte[] r = rs[0].toByteArray();
		byte[] s = rs[1].toByteArray();
		byte[] paddedR = concat(new byte[] { 0x02, (byte) (r.length + 1), 0 }, r);
		byte[] plainS = concat(new byte[] { 0x02, (byte) s.length }, s);

		assertThat(key.verifies(message, sequence(paddedR, plainS))).as("an integer with a superfluous zero").isFalse();
		assertThat(key.verifies(message, concat(signature, new byte[] { 0 }))).as("a byte after the sequence")
			.isFalse();
		byte[] longFormLength = concat(new byte[] { 0x30, (byte) 0x81, signature[1] },
				Arrays.copyOfRange(signature, 2, signature.length));
		assertThat(key.verifies(message, longFormLength)).as("a long-form length below 128").isFalse();
		assertThat(key.verifies(message, new byte[0])).isFalse();
		assertThat(key.verifies(message, randomBytes(72))).isFalse();
		assertThat(key.verifies(message, signature)).as("the canonical original").isTrue();
	}

	@Test
	void refusesAKeyWhosePointIsNotOnTheCurve() {
		ECPublicKey genuine = (ECPublicKey) signer.getPublic();
		ECPoint offCurve = new ECPoint(genuine.getW().getAffineX(), genuine.getW().getAffineY().add(BigInteger.ONE));
		ECPublicKey forged = new ECPublicKey() {

			@Override
			public ECPoint getW() {
				return offCurve;
			}

			@Override
			public ECParameterSpec getParams() {
				return genuine.getParams();
			}

			@Override
			public String getAlgorithm() {
				return "EC";
			}

			@Override
			public String getFormat() {
				return null;
			}

			@Override
			public byte[] getEncoded() {
				return null;
			}

		};

		assertThatThrownBy(() -> P256VerificationKey.of(forged)).isInstanceOf(InvalidKeyException.class)
			.hasMessageContaining("not on P-256");
	}

	private static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	private static byte[] sign(KeyPair pair, byte[] message) throws GeneralSecurityException {
		Signature signature = Signature.getInstance(X509SignatureVerifier.ECDSA_P256);
		signature.initSign(pair.getPrivate());
		signature.update(message);
		return signature.sign();
	}

	private static boolean jdkVerifies(KeyPair pair, byte[] message, byte[] signatureBytes)
			throws GeneralSecurityException {
		Signature signature = Signature.getInstance(X509SignatureVerifier.ECDSA_P256);
		signature.initVerify(pair.getPublic());
		signature.update(message);
		try {
			return signature.verify(signatureBytes);
		}
		catch (SignatureException ex) {
			return false;
		}
	}

	private static BigInteger[] decode(byte[] der) {
		int rLength = der[3];
		BigInteger r = new BigInteger(Arrays.copyOfRange(der, 4, 4 + rLength));
		int sLength = der[5 + rLength];
		BigInteger s = new BigInteger(Arrays.copyOfRange(der, 6 + rLength, 6 + rLength + sLength));
		return new BigInteger[] { r, s };
	}

	private static byte[] der(BigInteger r, BigInteger s) {
		byte[] rBytes = r.toByteArray();
		byte[] sBytes = s.toByteArray();
		return sequence(concat(new byte[] { 0x02, (byte) rBytes.length }, rBytes),
				concat(new byte[] { 0x02, (byte) sBytes.length }, sBytes));
	}

	private static byte[] sequence(byte[] first, byte[] second) {
		return concat(new byte[] { 0x30, (byte) (first.length + second.length) }, concat(first, second));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] joined = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, joined, first.length, second.length);
		return joined;
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
