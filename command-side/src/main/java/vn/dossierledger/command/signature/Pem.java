package vn.dossierledger.command.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

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

	/**
	 * Reads every certificate of a PEM (or DER) stream, such as a bundle of trusted
	 * roots.
	 * @param origin where the stream comes from, for the error message
	 * @throws IllegalArgumentException if the stream holds no certificate or cannot be
	 * parsed
	 */
	static List<X509Certificate> decodeCertificates(InputStream stream, String origin) {
		try (stream) {
			List<X509Certificate> certificates = CertificateFactory.getInstance("X.509")
				.generateCertificates(stream)
				.stream()
				.map(X509Certificate.class::cast)
				.toList();
			if (certificates.isEmpty()) {
				throw new IllegalArgumentException("No certificate in " + origin);
			}
			return certificates;
		}
		catch (CertificateException | IOException ex) {
			throw new IllegalArgumentException("Cannot read certificates from " + origin, ex);
		}
	}

}
