package vn.dossierledger.oversight.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The ledger's signing key (Ed25519, from the JDK): it signs seals and evidence bundles.
 * Kept as a PEM file (PKCS#8 private key and X.509 public key) readable by its owner
 * only; created on first use when the file does not exist (the embedded default),
 * supplied by operations in production.
 */
final class LedgerKey {

	private static final String PRIVATE_KEY_LABEL = "PRIVATE KEY";

	private static final String PUBLIC_KEY_LABEL = "PUBLIC KEY";

	private final PrivateKey privateKey;

	private final LedgerPublicKey publicKey;

	private LedgerKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = LedgerPublicKey.of(publicKey);
	}

	static LedgerKey generate() {
		try {
			KeyPair pair = KeyPairGenerator.getInstance(LedgerPublicKey.ALGORITHM).generateKeyPair();
			return new LedgerKey(pair.getPrivate(), pair.getPublic());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK offers no Ed25519", ex);
		}
	}

	/** Reads the key from {@code file}, creating it first if there is none. */
	static LedgerKey loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return read(Files.readString(file, StandardCharsets.US_ASCII));
			}
			LedgerKey key = generate();
			Path directory = file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path written = Files.createTempFile(directory, "ledger-key", ".tmp");
			try {
				Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the directory's permissions protect it.
			}
			Files.writeString(written, key.toPem(), StandardCharsets.US_ASCII);
			Files.move(written, file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the ledger key " + file, ex);
		}
	}

	/**
	 * Reads a PEM file holding the PKCS#8 private key and its X.509 public key (the JDK
	 * cannot derive an Ed25519 public key from the private one); the pair must match.
	 */
	static LedgerKey read(String pem) {
		try {
			KeyFactory keys = KeyFactory.getInstance(LedgerPublicKey.ALGORITHM);
			PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(pemBlock(pem, PRIVATE_KEY_LABEL)));
			PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(pemBlock(pem, PUBLIC_KEY_LABEL)));
			LedgerKey key = new LedgerKey(privateKey, publicKey);
			byte[] probe = "dossier-ledger key check".getBytes(StandardCharsets.US_ASCII);
			if (!key.publicKey.verifies(probe, key.sign(probe))) {
				throw new IllegalStateException("The ledger key file's public key does not match its private key");
			}
			return key;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The ledger key file holds no Ed25519 key pair in PEM", ex);
		}
	}

	private static byte[] pemBlock(String pem, String label) {
		String begin = "-----BEGIN " + label + "-----";
		String end = "-----END " + label + "-----";
		int from = pem.indexOf(begin);
		int to = pem.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("No " + label + " block");
		}
		return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
	}

	LedgerPublicKey publicKey() {
		return this.publicKey;
	}

	String keyId() {
		return this.publicKey.keyId();
	}

	/**
	 * @return the lowercase hex Ed25519 signature
	 */
	String sign(byte[] message) {
		try {
			Signature signer = Signature.getInstance(LedgerPublicKey.ALGORITHM);
			signer.initSign(this.privateKey);
			signer.update(message);
			return HexFormat.of().formatHex(signer.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with the ledger key", ex);
		}
	}

	String toPem() {
		return pem(PRIVATE_KEY_LABEL, this.privateKey.getEncoded())
				+ pem(PUBLIC_KEY_LABEL, Base64.getDecoder().decode(this.publicKey.subjectPublicKeyInfo()));
	}

	private static String pem(String label, byte[] der) {
		return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + label + "-----\n";
	}

}
