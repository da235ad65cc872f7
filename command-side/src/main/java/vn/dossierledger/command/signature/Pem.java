package vn.dossierledger.command.signature;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * PEM encoding of certificates, the form in which {@code DetachedSignature} carries its
 * chain and in which trust anchors are configured.
 */
final class Pem {

	private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64,
			"\n".getBytes(StandardCharsets.US_ASCII));

	private Pem() {
	}

	static String encode(X509Certificate certificate) {
		try {
			return "-----BEGIN CERTIFICATE-----\n" + PEM_BASE64.encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException("Cannot encode certificate " + certificate.getSubjectX500Principal(), ex);
		}
	}

}
