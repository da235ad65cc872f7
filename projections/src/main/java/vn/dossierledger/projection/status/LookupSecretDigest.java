package vn.dossierledger.projection.status;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Compares a citizen's lookup secret with the stored one by their SHA-256 digests, in
 * constant time: the answer's timing says nothing about how much of the secret was right.
 * A lookup of a code that no dossier has compares against a {@link #DECOY}, so it does
 * the same work as a wrong secret.
 */
public final class LookupSecretDigest {

	/** Stands in for the digest of a dossier that does not exist; random per process. */
	public static final String DECOY = HexFormat.of().formatHex(randomDigest());

	private static final int SHA256_BYTES = 32;

	/** Compared with when a digest is missing or malformed: it never matches. */
	private static final byte[] NO_STORED_DIGEST = randomDigest();

	private static final byte[] NO_GIVEN_DIGEST = randomDigest();

	private LookupSecretDigest() {
	}

	/**
	 * Whether both are the same SHA-256 digest in hex. Always 32 bytes are compared,
	 * whether either is missing, malformed or right.
	 */
	public static boolean matches(String storedSha256, String givenSha256) {
		byte[] stored = digest(storedSha256);
		byte[] given = digest(givenSha256);
		boolean equal = MessageDigest.isEqual((stored != null) ? stored : NO_STORED_DIGEST,
				(given != null) ? given : NO_GIVEN_DIGEST);
		return equal & stored != null & given != null;
	}

	private static byte[] digest(String hex) {
		if (hex == null || hex.length() != SHA256_BYTES * 2) {
			return null;
		}
		try {
			return HexFormat.of().parseHex(hex);
		}
		catch (IllegalArgumentException notHex) {
			return null;
		}
	}

	private static byte[] randomDigest() {
		byte[] bytes = new byte[SHA256_BYTES];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
