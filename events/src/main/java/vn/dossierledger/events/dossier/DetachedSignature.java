package vn.dossierledger.events.dossier;

import java.util.List;

/**
 * A detached digital signature over a document. The signed message is the raw 32-byte
 * SHA-256 digest of the document (hash-then-sign, as remote signing services do), so the
 * ledger never needs the file itself.
 *
 * @param algorithm JCA name, e.g. {@code SHA256withECDSA} or {@code SHA256withRSA}
 * @param signatureBase64 the signature bytes, Base64
 * @param certificateChainPem the signer's X.509 certificate first, then any
 * intermediates, PEM
 */
public record DetachedSignature(String algorithm, String signatureBase64, List<String> certificateChainPem) {

	public DetachedSignature {
		certificateChainPem = certificateChainPem == null ? List.of() : List.copyOf(certificateChainPem);
	}

}
