package vn.dossierledger.command.signature;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The ledger identifies a document by its lowercase hex SHA-256; the signed message is
 * the raw 32-byte digest behind that text.
 */
final class DocumentHash {

	static final String LOWERCASE_HEX_SHA256 = "[0-9a-f]{64}";

	private static final Pattern PATTERN = Pattern.compile(LOWERCASE_HEX_SHA256);

	private DocumentHash() {
	}

	static boolean isWellFormed(String documentSha256Hex) {
		return documentSha256Hex != null && PATTERN.matcher(documentSha256Hex).matches();
	}

	/**
	 * @throws IllegalArgumentException if the text is not 64 lowercase hex characters
	 */
	static byte[] digestBytes(String documentSha256Hex) {
		if (!isWellFormed(documentSha256Hex)) {
			throw new IllegalArgumentException("Document hash must be 64 lowercase hex characters (SHA-256)");
		}
		return HexFormat.of().parseHex(documentSha256Hex);
	}

}
