package vn.dossierledger.command.signature;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import vn.dossierledger.events.dossier.DetachedSignature;

/**
 * A named signer (officer or applicant) of the demo certificate authority: a key pair
 * held in memory only, and the certificate binding it to the signer's name. Stands in for
 * a remote signing service: it signs the raw 32-byte digest of a document.
 */
public final class DemoSigner {

	private final String commonName;

	private final KeyPair keyPair;

	private final String signatureAlgorithm;

	private final X509Certificate certificate;

	DemoSigner(String commonName, KeyPair keyPair, String signatureAlgorithm, X509Certificate certificate) {
		this.commonName = commonName;
		this.keyPair = keyPair;
		this.signatureAlgorithm = signatureAlgorithm;
		this.certificate = certificate;
	}

	/**
	 * Signs a document identified by its SHA-256.
	 * @param documentSha256Hex 64 lowercase hex characters
	 * @return the signature with this signer's certificate as the chain (the root is the
	 * verifier's trust anchor, so it is not repeated)
	 * @throws IllegalArgumentException if the hash is not 64 lowercase hex characters
	 */
	public DetachedSignature sign(String documentSha256Hex) {
		byte[] digest = DocumentHash.digestBytes(documentSha256Hex);
		try {
			Signature signer = Signature.getInstance(this.signatureAlgorithm);
			signer.initSign(this.keyPair.getPrivate());
			signer.update(digest);
			String signatureBase64 = Base64.getEncoder().encodeToString(signer.sign());
			return new DetachedSignature(this.signatureAlgorithm, signatureBase64,
					List.of(Pem.encode(this.certificate)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign as " + this.commonName, ex);
		}
	}

	public X509Certificate certificate() {
		return this.certificate;
	}

	public String commonName() {
		return this.commonName;
	}

	public String signatureAlgorithm() {
		return this.signatureAlgorithm;
	}

}
