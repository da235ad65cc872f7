package vn.dossierledger.command.signature;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.SignatureCheck;

/**
 * Verifies detached signatures made with X.509 certificates: the JDK's
 * {@link CertificateFactory} for the certificates and a PKIX {@link CertPathValidator}
 * against the configured trust anchors; the JDK's {@link Signature} for RSA signatures,
 * {@link P256VerificationKey} (Bouncy Castle's P-256 arithmetic) for ECDSA ones.
 * <p>
 * Accepts ECDSA on P-256 ({@code SHA256withECDSA}) and RSA of at least 2048 bits
 * ({@code SHA256withRSA}). The signed message is the raw 32-byte SHA-256 digest of the
 * document. Every failure is answered as {@code valid=false} with a reason, never thrown,
 * because a failed check is itself a fact the ledger must record.
 */
public final class X509SignatureVerifier implements SignatureVerifier {

	static final String ECDSA_P256 = "SHA256withECDSA";

	static final String RSA = "SHA256withRSA";

	private static final Set<String> SUPPORTED_ALGORITHMS = Set.of(ECDSA_P256, RSA);

	private static final int MINIMUM_RSA_MODULUS_BITS = 2048;

	private static final ECParameterSpec P256 = namedCurve("secp256r1");

	private static final int KNOWN_CHAINS_LIMIT = 1024;

	private final Set<TrustAnchor> trustAnchors;

	private final Set<X509Certificate> trustedCertificates;

	/**
	 * Chains already parsed, and whether PKIX accepted them (its checks other than the
	 * validity periods do not depend on the time of the check): an officer signs with the
	 * same chain all day, and the path validation is an ECDSA check per certificate.
	 */
	private final Map<List<String>, KnownChain> knownChains = new ConcurrentHashMap<>();

	/**
	 * @param trustedRoots the certificate authorities whose chains are accepted (for
	 * Vietnam, the national root and the licensed public CAs)
	 */
	public X509SignatureVerifier(Collection<X509Certificate> trustedRoots) {
		this.trustedCertificates = Set.copyOf(trustedRoots);
		this.trustAnchors = this.trustedCertificates.stream()
			.map((root) -> new TrustAnchor(root, null))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public SignatureCheck verify(String documentSha256Hex, DetachedSignature signature, Instant at) {
		Objects.requireNonNull(at, "at");
		if (signature == null) {
			return new SignatureCheck(false, "no signature given", null, null, null, null, at);
		}
		List<String> chainPem = signature.certificateChainPem();
		if (chainPem.isEmpty()) {
			return Outcome.withoutCertificate(signature, at).invalid("signature carries no certificate");
		}
		KnownChain known = this.knownChains.get(chainPem);
		if (known != null) {
			Outcome outcome = Outcome.forCertificate(signature, at, known.certificates().get(0));
			return findFailure(documentSha256Hex, signature, known, at).map(outcome::invalid).orElseGet(outcome::valid);
		}
		Optional<X509Certificate> signerCertificate = parseCertificate(chainPem.get(0));
		if (signerCertificate.isEmpty()) {
			return Outcome.withoutCertificate(signature, at).invalid("unparsable signer certificate (PEM X.509)");
		}
		Outcome outcome = Outcome.forCertificate(signature, at, signerCertificate.get());
		List<X509Certificate> chain = new ArrayList<>();
		chain.add(signerCertificate.get());
		for (int i = 1; i < chainPem.size(); i++) {
			Optional<X509Certificate> intermediate = parseCertificate(chainPem.get(i));
			if (intermediate.isEmpty()) {
				return outcome.invalid("unparsable certificate at position " + i + " of the chain");
			}
			chain.add(intermediate.get());
		}
		KnownChain parsed = remember(List.copyOf(chainPem), new KnownChain(List.copyOf(chain)));
		return findFailure(documentSha256Hex, signature, parsed, at).map(outcome::invalid).orElseGet(outcome::valid);
	}

	/** Bounded: citizens' chains rarely come back, so the map starts over when full. */
	private KnownChain remember(List<String> chainPem, KnownChain chain) {
		if (this.knownChains.size() >= KNOWN_CHAINS_LIMIT) {
			this.knownChains.clear();
		}
		KnownChain earlier = this.knownChains.putIfAbsent(chainPem, chain);
		return (earlier != null) ? earlier : chain;
	}

	/**
	 * Checks from the cheapest and most specific to the most expensive; the first failure
	 * wins.
	 */
	private Optional<String> findFailure(String documentSha256Hex, DetachedSignature signature, KnownChain chain,
			Instant at) {
		if (!DocumentHash.isWellFormed(documentSha256Hex)) {
			return Optional.of("document hash is not 64 lowercase hex characters (SHA-256)");
		}
		String algorithm = signature.algorithm();
		if (algorithm == null || !SUPPORTED_ALGORITHMS.contains(algorithm)) {
			return Optional.of("unsupported signature algorithm '" + algorithm + "'; accepted: " + ECDSA_P256
					+ " (P-256), " + RSA + " (at least " + MINIMUM_RSA_MODULUS_BITS + " bits)");
		}
		byte[] signatureBytes;
		try {
			signatureBytes = Base64.getDecoder().decode(Objects.requireNonNullElse(signature.signatureBase64(), ""));
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("malformed Base64 signature");
		}
		if (signatureBytes.length == 0) {
			return Optional.of("empty signature");
		}
		X509Certificate signerCertificate = chain.certificates().get(0);
		return keyFailure(algorithm, signerCertificate.getPublicKey()).or(() -> keyUsageFailure(signerCertificate))
			.or(() -> validityFailure(signerCertificate, at))
			.or(() -> chainFailure(chain, at))
			.or(() -> signatureFailure(algorithm, chain, DocumentHash.digestBytes(documentSha256Hex), signatureBytes));
	}

	private static Optional<String> keyFailure(String algorithm, PublicKey key) {
		if (ECDSA_P256.equals(algorithm)) {
			if (!(key instanceof ECPublicKey ecKey)) {
				return Optional.of(keyMismatch(algorithm, key));
			}
			return isP256(ecKey.getParams()) ? Optional.empty()
					: Optional.of("unsupported EC curve: only P-256 (secp256r1) is accepted");
		}
		if (!(key instanceof RSAPublicKey rsaKey)) {
			return Optional.of(keyMismatch(algorithm, key));
		}
		int modulusBits = rsaKey.getModulus().bitLength();
		return (modulusBits >= MINIMUM_RSA_MODULUS_BITS) ? Optional.empty() : Optional
			.of("key too weak: RSA " + modulusBits + " bits, at least " + MINIMUM_RSA_MODULUS_BITS + " required");
	}

	private static String keyMismatch(String algorithm, PublicKey key) {
		return "certificate key (" + key.getAlgorithm() + ") does not match signature algorithm " + algorithm;
	}

	/**
	 * Key usage bits 0 and 1 are digitalSignature and nonRepudiation (RFC 5280 4.2.1.3).
	 */
	private static Optional<String> keyUsageFailure(X509Certificate certificate) {
		boolean[] keyUsage = certificate.getKeyUsage();
		boolean signingAllowed = keyUsage == null || keyUsage[0] || keyUsage[1];
		return signingAllowed ? Optional.empty()
				: Optional.of("certificate key usage allows neither digitalSignature nor nonRepudiation");
	}

	/**
	 * PKIX checks validity too, but checking the signer certificate first gives a reason
	 * a clerk can act on.
	 */
	private static Optional<String> validityFailure(X509Certificate certificate, Instant at) {
		try {
			certificate.checkValidity(Date.from(at));
			return Optional.empty();
		}
		catch (CertificateExpiredException ex) {
			return Optional
				.of("certificate expired: valid until " + certificate.getNotAfter().toInstant() + ", checked at " + at);
		}
		catch (CertificateNotYetValidException ex) {
			return Optional.of("certificate not yet valid: valid from " + certificate.getNotBefore().toInstant()
					+ ", checked at " + at);
		}
	}

	private Optional<String> chainFailure(KnownChain chain, Instant at) {
		if (this.trustAnchors.isEmpty()) {
			return Optional.of("untrusted certificate chain: no trust anchors are configured");
		}
		if (chain.acceptedByPkix() && chain.allValidAt(at)) {
			return Optional.empty();
		}
		try {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			CertPath path = factory.generateCertPath(withoutTrustAnchors(chain.certificates()));
			PKIXParameters parameters = new PKIXParameters(this.trustAnchors);
			// Revocation checking is off: the demo CA publishes no CRL or OCSP responder,
			// and
			// fetching them over the network would make the outcome depend on the moment
			// and
			// the network. The check result is recorded in the event at verification
			// time; a
			// revocation check against the CA's OCSP belongs in a separate, explicit
			// step.
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(at));
			CertPathValidator.getInstance("PKIX").validate(path, parameters);
			chain.markAcceptedByPkix();
			return Optional.empty();
		}
		catch (CertPathValidatorException ex) {
			if (ex.getReason() == BasicReason.EXPIRED || ex.getReason() == BasicReason.NOT_YET_VALID) {
				return Optional.of("certificate in the chain is expired or not yet valid at " + at);
			}
			return Optional.of("untrusted certificate chain: " + ex.getMessage());
		}
		catch (GeneralSecurityException ex) {
			return Optional.of("untrusted certificate chain: " + ex.getMessage());
		}
	}

	/**
	 * A chain may end with the root itself; PKIX wants the path without its trust anchor.
	 * The signer's own certificate always stays.
	 */
	private List<X509Certificate> withoutTrustAnchors(List<X509Certificate> chain) {
		List<X509Certificate> path = new ArrayList<>(chain);
		while (path.size() > 1 && this.trustedCertificates.contains(path.get(path.size() - 1))) {
			path.remove(path.size() - 1);
		}
		return path;
	}

	private static Optional<String> signatureFailure(String algorithm, KnownChain chain, byte[] digest,
			byte[] signatureBytes) {
		try {
			if (ECDSA_P256.equals(algorithm)) {
				return chain.signerP256Key().verifies(digest, signatureBytes) ? Optional.empty()
						: Optional.of(signatureMismatch());
			}
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(chain.certificates().get(0).getPublicKey());
			verifier.update(digest);
			return verifier.verify(signatureBytes) ? Optional.empty() : Optional.of(signatureMismatch());
		}
		catch (SignatureException ex) {
			// A structurally broken signature (for example bad DER in ECDSA) is a
			// mismatch too.
			return Optional.of(signatureMismatch());
		}
		catch (InvalidKeyException ex) {
			return Optional.of("certificate key cannot verify " + algorithm + ": " + ex.getMessage());
		}
		catch (GeneralSecurityException ex) {
			return Optional.of("signature could not be verified: " + ex.getMessage());
		}
	}

	private static String signatureMismatch() {
		return "signature mismatch: not made over this document hash with the certificate's key";
	}

	private static Optional<X509Certificate> parseCertificate(String pem) {
		if (pem == null || pem.isBlank()) {
			return Optional.empty();
		}
		try {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			return Optional.of((X509Certificate) factory
				.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// Untrusted input: the JDK's parser may signal bad encodings in several ways.
			return Optional.empty();
		}
	}

	private static boolean isP256(ECParameterSpec parameters) {
		return parameters.getCurve().equals(P256.getCurve()) && parameters.getGenerator().equals(P256.getGenerator())
				&& parameters.getOrder().equals(P256.getOrder()) && parameters.getCofactor() == P256.getCofactor();
	}

	private static ECParameterSpec namedCurve(String name) {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec(name));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK does not know the curve " + name, ex);
		}
	}

	/** What is known about the signer so far, so that every outcome carries it. */
	private record Outcome(String algorithm, String certificateSerial, String issuer, String subject, Instant at) {

		static Outcome withoutCertificate(DetachedSignature signature, Instant at) {
			return new Outcome(signature.algorithm(), null, null, null, at);
		}

		static Outcome forCertificate(DetachedSignature signature, Instant at, X509Certificate certificate) {
			return new Outcome(signature.algorithm(), certificate.getSerialNumber().toString(16),
					certificate.getIssuerX500Principal().getName(), certificate.getSubjectX500Principal().getName(),
					at);
		}

		SignatureCheck valid() {
			return new SignatureCheck(true, null, this.algorithm, this.certificateSerial, this.issuer, this.subject,
					this.at);
		}

		SignatureCheck invalid(String reason) {
			return new SignatureCheck(false, reason, this.algorithm, this.certificateSerial, this.issuer, this.subject,
					this.at);
		}

	}

	/**
	 * A parsed chain, and whether PKIX has accepted it (at some time within validity).
	 */
	private static final class KnownChain {

		private final List<X509Certificate> certificates;

		private volatile boolean acceptedByPkix;

		/** Made on the first ECDSA check: keeps the key's precomputed multiples. */
		private volatile P256VerificationKey signerP256Key;

		KnownChain(List<X509Certificate> certificates) {
			this.certificates = certificates;
		}

		/** Only once the signer's key is known to be a P-256 EC key. */
		P256VerificationKey signerP256Key() throws InvalidKeyException {
			P256VerificationKey key = this.signerP256Key;
			if (key == null) {
				key = P256VerificationKey.of((ECPublicKey) this.certificates.get(0).getPublicKey());
				this.signerP256Key = key;
			}
			return key;
		}

		List<X509Certificate> certificates() {
			return this.certificates;
		}

		boolean acceptedByPkix() {
			return this.acceptedByPkix;
		}

		void markAcceptedByPkix() {
			this.acceptedByPkix = true;
		}

		/** PKIX's only time-dependent check: every certificate within its validity. */
		boolean allValidAt(Instant at) {
			Date date = Date.from(at);
			for (X509Certificate certificate : this.certificates) {
				try {
					certificate.checkValidity(date);
				}
				catch (CertificateExpiredException | CertificateNotYetValidException ex) {
					return false;
				}
			}
			return true;
		}

	}

}
