package vn.dossierledger.command.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for the demo and the tests. Its keys are generated
 * at run time and live only in memory, so no private key is ever committed; restarting
 * the application mints a new root.
 * <p>
 * BouncyCastle is used only to build certificates (the JDK has no public API for that);
 * keys come from the JDK, and the BouncyCastle provider is never registered, so
 * verification stays on the JDK's own crypto.
 */
public final class DemoCertificateAuthority {

	private static final String CA_SIGNATURE_ALGORITHM = "SHA256withECDSA";

	private static final String ORGANISATION = "Dossier Ledger Demo";

	private static final Duration ROOT_VALIDITY = Duration.ofDays(3650);

	private static final Duration SIGNER_VALIDITY = Duration.ofDays(730);

	/**
	 * Back-dating absorbs clock skew between the machine that signs and the one that
	 * verifies.
	 */
	private static final Duration BACKDATING = Duration.ofHours(1);

	private static final SecureRandom SERIALS = new SecureRandom();

	private final KeyPair rootKeyPair;

	private final X509Certificate rootCertificate;

	private final Clock clock;

	private final Map<String, DemoSigner> signersByCommonName = new ConcurrentHashMap<>();

	private DemoCertificateAuthority(KeyPair rootKeyPair, X509Certificate rootCertificate, Clock clock) {
		this.rootKeyPair = rootKeyPair;
		this.rootCertificate = rootCertificate;
		this.clock = clock;
	}

	/**
	 * Generates a new ECDSA P-256 root, valid from (a little before) the clock's now for
	 * ten years.
	 */
	public static DemoCertificateAuthority generate(String commonName, Clock clock) {
		Objects.requireNonNull(commonName, "commonName");
		Objects.requireNonNull(clock, "clock");
		KeyPair rootKeyPair = KeyAlgorithm.EC_P256.generateKeyPair();
		X500Name rootName = distinguishedName(commonName);
		Instant now = clock.instant();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(rootName, newSerial(),
				Date.from(now.minus(BACKDATING)), Date.from(now.plus(ROOT_VALIDITY)), rootName,
				rootKeyPair.getPublic());
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(rootKeyPair.getPublic()));
		}
		catch (CertIOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot build the demo root certificate", ex);
		}
		X509Certificate root = signCertificate(builder, rootKeyPair);
		return new DemoCertificateAuthority(rootKeyPair, root, clock);
	}

	public X509Certificate rootCertificate() {
		return this.rootCertificate;
	}

	/** The root certificate as PEM, to configure it as a trust anchor elsewhere. */
	public String rootCertificatePem() {
		return Pem.encode(this.rootCertificate);
	}

	/**
	 * The signer with this common name, issued on first request and reused afterwards, so
	 * an officer keeps one certificate for the life of the demo.
	 * @throws IllegalArgumentException if the signer was already issued with another key
	 * algorithm
	 */
	public DemoSigner issueSigner(String commonName, KeyAlgorithm algorithm) {
		Objects.requireNonNull(commonName, "commonName");
		Objects.requireNonNull(algorithm, "algorithm");
		DemoSigner signer = this.signersByCommonName.computeIfAbsent(commonName, (name) -> {
			Instant now = this.clock.instant();
			return issueSigner(name, algorithm.generateKeyPair(), algorithm.signatureAlgorithm(), now.minus(BACKDATING),
					now.plus(SIGNER_VALIDITY));
		});
		if (!signer.signatureAlgorithm().equals(algorithm.signatureAlgorithm())) {
			throw new IllegalArgumentException(
					"Signer '" + commonName + "' was already issued for " + signer.signatureAlgorithm());
		}
		return signer;
	}

	/**
	 * A fresh (uncached) signer whose certificate expired a year ago, for tests of expiry
	 * handling.
	 */
	public DemoSigner issueExpiredSigner(String commonName, KeyAlgorithm algorithm) {
		Instant now = this.clock.instant();
		return issueSigner(commonName, algorithm.generateKeyPair(), algorithm.signatureAlgorithm(),
				now.minus(Duration.ofDays(730)), now.minus(Duration.ofDays(365)));
	}

	/**
	 * A fresh (uncached) signer with any key and validity window, so tests can build what
	 * the public API refuses to (weak keys, certificates not yet valid).
	 */
	DemoSigner issueSigner(String commonName, KeyPair keyPair, String signatureAlgorithm, Instant notBefore,
			Instant notAfter) {
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(this.rootCertificate, newSerial(),
				Date.from(notBefore), Date.from(notAfter), distinguishedName(commonName), keyPair.getPublic());
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(keyPair.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(this.rootKeyPair.getPublic()));
		}
		catch (CertIOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot build a certificate for " + commonName, ex);
		}
		return new DemoSigner(commonName, keyPair, signatureAlgorithm, signCertificate(builder, this.rootKeyPair));
	}

	/**
	 * Builds the name with BouncyCastle so that commas or plus signs in a name are
	 * escaped; most general first, so the RFC 2253 form reads {@code CN=…,O=…,C=VN}.
	 */
	private static X500Name distinguishedName(String commonName) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
			.addRDN(BCStyle.O, ORGANISATION)
			.addRDN(BCStyle.CN, commonName)
			.build();
	}

	/** RFC 5280 asks for positive serials of at most 20 octets; 127 random bits fit. */
	private static BigInteger newSerial() {
		return new BigInteger(127, SERIALS).add(BigInteger.ONE);
	}

	private static X509Certificate signCertificate(X509v3CertificateBuilder builder, KeyPair issuerKeyPair) {
		try {
			ContentSigner contentSigner = new JcaContentSignerBuilder(CA_SIGNATURE_ALGORITHM)
				.build(issuerKeyPair.getPrivate());
			return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
		}
		catch (OperatorCreationException | CertificateException ex) {
			throw new IllegalStateException("Cannot sign a demo certificate", ex);
		}
	}

}
