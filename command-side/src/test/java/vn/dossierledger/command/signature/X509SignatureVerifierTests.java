package vn.dossierledger.command.signature;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.SignatureCheck;

import static org.assertj.core.api.Assertions.assertThat;

class X509SignatureVerifierTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final String DECISION_SHA256 = sha256("Quyết định cấp giấy phép xây dựng số 12/QĐ-UBND");

	private static DemoCertificateAuthority authority;

	private static X509SignatureVerifier verifier;

	@BeforeAll
	static void trustTheDemoAuthority() {
		authority = DemoCertificateAuthority.generate("Dossier Ledger Test CA", Clock.fixed(NOW, ZoneOffset.UTC));
		verifier = new X509SignatureVerifier(List.of(authority.rootCertificate()));
	}

	@Test
	void acceptsEcdsaP256SignatureOverTheDocumentDigest() {
		DemoSigner officer = authority.issueSigner("officer-ec", KeyAlgorithm.EC_P256);

		SignatureCheck check = verifier.verify(DECISION_SHA256, officer.sign(DECISION_SHA256), NOW);

		assertThat(check.valid()).as(check.failureReason()).isTrue();
		assertThat(check.failureReason()).isNull();
		assertThat(check.algorithm()).isEqualTo("SHA256withECDSA");
		assertThat(check.verifiedAt()).isEqualTo(NOW);
	}

	@Test
	void acceptsRsa2048SignatureOverTheDocumentDigest() {
		DemoSigner applicant = authority.issueSigner("applicant-rsa", KeyAlgorithm.RSA_2048);

		SignatureCheck check = verifier.verify(DECISION_SHA256, applicant.sign(DECISION_SHA256), NOW);

		assertThat(check.valid()).as(check.failureReason()).isTrue();
		assertThat(check.algorithm()).isEqualTo("SHA256withRSA");
	}

	@Test
	void acceptsChainThatRepeatsTheTrustedRoot() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);
		DetachedSignature withRoot = new DetachedSignature(signature.algorithm(), signature.signatureBase64(),
				List.of(signature.certificateChainPem().get(0), authority.rootCertificatePem()));

		assertThat(verifier.verify(DECISION_SHA256, withRoot, NOW).valid()).isTrue();
	}

	@Test
	void fillsSerialIssuerAndSubjectOfTheSignerCertificate() {
		DemoSigner officer = officer();

		SignatureCheck check = verifier.verify(DECISION_SHA256, officer.sign(DECISION_SHA256), NOW);

		assertThat(check.certificateSerial()).isEqualTo(officer.certificate().getSerialNumber().toString(16))
			.matches("[0-9a-f]+");
		assertThat(check.issuer()).isEqualTo("CN=Dossier Ledger Test CA,O=Dossier Ledger Demo,C=VN");
		assertThat(check.subject()).isEqualTo("CN=officer-ec,O=Dossier Ledger Demo,C=VN");
	}

	@Test
	void rejectsSignatureOfAnotherDocument() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);

		SignatureCheck check = verifier.verify(sha256("a different document"), signature, NOW);

		assertInvalid(check, "signature mismatch");
		assertThat(check.certificateSerial()).isNotNull();
	}

	@Test
	void rejectsTamperedSignatureBytes() {
		DetachedSignature signature = applicant().sign(DECISION_SHA256);
		byte[] bytes = Base64.getDecoder().decode(signature.signatureBase64());
		bytes[bytes.length - 1] ^= 0x01;
		DetachedSignature tampered = new DetachedSignature(signature.algorithm(),
				Base64.getEncoder().encodeToString(bytes), signature.certificateChainPem());

		assertInvalid(verifier.verify(DECISION_SHA256, tampered, NOW), "signature mismatch");
	}

	@Test
	void rejectsSignerOfAnUntrustedAuthority() {
		DemoCertificateAuthority stranger = DemoCertificateAuthority.generate("Dossier Ledger Test CA",
				Clock.fixed(NOW, ZoneOffset.UTC));
		DetachedSignature signature = stranger.issueSigner("officer-ec", KeyAlgorithm.EC_P256).sign(DECISION_SHA256);

		SignatureCheck check = verifier.verify(DECISION_SHA256, signature, NOW);

		assertInvalid(check, "untrusted");
		assertThat(check.issuer()).isEqualTo("CN=Dossier Ledger Test CA,O=Dossier Ledger Demo,C=VN");
	}

	@Test
	void rejectsEverythingWhenNoTrustAnchorIsConfigured() {
		SignatureCheck check = new X509SignatureVerifier(List.of()).verify(DECISION_SHA256,
				officer().sign(DECISION_SHA256), NOW);

		assertInvalid(check, "untrusted");
	}

	@Test
	void rejectsExpiredCertificate() {
		DemoSigner expired = authority.issueExpiredSigner("officer-retired", KeyAlgorithm.EC_P256);

		SignatureCheck check = verifier.verify(DECISION_SHA256, expired.sign(DECISION_SHA256), NOW);

		assertInvalid(check, "expired");
		assertThat(check.subject()).contains("CN=officer-retired");
	}

	@Test
	void judgesValidityAtTheGivenInstantNotToday() {
		DemoSigner expired = authority.issueExpiredSigner("officer-back-then", KeyAlgorithm.EC_P256);
		Instant whileValid = expired.certificate().getNotAfter().toInstant().minus(Duration.ofDays(1));

		assertThat(verifier.verify(DECISION_SHA256, expired.sign(DECISION_SHA256), whileValid).valid()).isTrue();
	}

	@Test
	void aChainAcceptedBeforeIsStillJudgedAtTheGivenInstant() {
		DemoSigner officer = authority.issueSigner("officer-all-day", KeyAlgorithm.EC_P256);
		DetachedSignature signature = officer.sign(DECISION_SHA256);
		Instant afterExpiry = officer.certificate().getNotAfter().toInstant().plus(Duration.ofDays(1));

		assertThat(verifier.verify(DECISION_SHA256, signature, NOW).valid()).isTrue();
		assertThat(verifier.verify(DECISION_SHA256, signature, NOW).valid()).as("the same chain again").isTrue();
		assertInvalid(verifier.verify(DECISION_SHA256, signature, afterExpiry), "expired");
		assertInvalid(verifier.verify(sha256("another document"), signature, NOW), "signature mismatch");
	}

	@Test
	void aChainRefusedBeforeIsRefusedAgain() {
		DemoCertificateAuthority stranger = DemoCertificateAuthority.generate("Stranger CA",
				Clock.fixed(NOW, ZoneOffset.UTC));
		DetachedSignature signature = stranger.issueSigner("officer-ec", KeyAlgorithm.EC_P256).sign(DECISION_SHA256);

		assertInvalid(verifier.verify(DECISION_SHA256, signature, NOW), "untrusted");
		assertInvalid(verifier.verify(DECISION_SHA256, signature, NOW), "untrusted");
	}

	@Test
	void rejectsCertificateNotYetValid() {
		DemoSigner future = authority.issueSigner("officer-future", KeyAlgorithm.EC_P256.generateKeyPair(),
				"SHA256withECDSA", NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));

		assertInvalid(verifier.verify(DECISION_SHA256, future.sign(DECISION_SHA256), NOW), "not yet valid");
	}

	@Test
	void rejectsRsaKeyShorterThan2048Bits() {
		DemoSigner weak = authority.issueSigner("applicant-weak", KeyAlgorithm.generateRsaKeyPair(1024),
				"SHA256withRSA", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));

		SignatureCheck check = verifier.verify(DECISION_SHA256, weak.sign(DECISION_SHA256), NOW);

		assertInvalid(check, "key too weak");
		assertThat(check.failureReason()).contains("1024");
	}

	@Test
	void rejectsEcdsaKeyOnAnotherCurveThanP256() throws Exception {
		KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
		p384.initialize(new ECGenParameterSpec("secp384r1"));
		DemoSigner otherCurve = authority.issueSigner("officer-p384", p384.generateKeyPair(), "SHA256withECDSA",
				NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));

		assertInvalid(verifier.verify(DECISION_SHA256, otherCurve.sign(DECISION_SHA256), NOW), "P-256");
	}

	@Test
	void rejectsUnsupportedAlgorithm() {
		DetachedSignature signature = applicant().sign(DECISION_SHA256);
		DetachedSignature sha1 = new DetachedSignature("SHA1withRSA", signature.signatureBase64(),
				signature.certificateChainPem());

		SignatureCheck check = verifier.verify(DECISION_SHA256, sha1, NOW);

		assertInvalid(check, "unsupported signature algorithm 'SHA1withRSA'");
		assertThat(check.algorithm()).isEqualTo("SHA1withRSA");
		assertThat(check.certificateSerial()).isNotNull();
	}

	@Test
	void rejectsAlgorithmThatDoesNotMatchTheCertificateKey() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);
		DetachedSignature claimedRsa = new DetachedSignature("SHA256withRSA", signature.signatureBase64(),
				signature.certificateChainPem());

		assertInvalid(verifier.verify(DECISION_SHA256, claimedRsa, NOW), "does not match");
	}

	@Test
	void rejectsHashThatIsNot64LowercaseHexCharacters() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);

		assertInvalid(verifier.verify("abc", signature, NOW), "64 lowercase hex");
		assertInvalid(verifier.verify(DECISION_SHA256.toUpperCase(), signature, NOW), "64 lowercase hex");
		assertInvalid(verifier.verify(null, signature, NOW), "64 lowercase hex");
	}

	@Test
	void rejectsMalformedBase64WithoutThrowing() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);
		DetachedSignature garbage = new DetachedSignature(signature.algorithm(), "not base64 at all!!",
				signature.certificateChainPem());

		SignatureCheck check = verifier.verify(DECISION_SHA256, garbage, NOW);

		assertInvalid(check, "malformed Base64");
		assertThat(check.subject()).contains("CN=officer-ec");
	}

	@Test
	void rejectsGarbagePemWithoutThrowing() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);
		DetachedSignature garbage = new DetachedSignature(signature.algorithm(), signature.signatureBase64(),
				List.of("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"));

		SignatureCheck check = verifier.verify(DECISION_SHA256, garbage, NOW);

		assertInvalid(check, "unparsable");
		assertThat(check.certificateSerial()).isNull();
	}

	@Test
	void rejectsGarbageIntermediateButKeepsSignerDetails() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);
		DetachedSignature garbage = new DetachedSignature(signature.algorithm(), signature.signatureBase64(),
				List.of(signature.certificateChainPem().get(0), "garbage"));

		SignatureCheck check = verifier.verify(DECISION_SHA256, garbage, NOW);

		assertInvalid(check, "unparsable certificate at position 1");
		assertThat(check.certificateSerial()).isNotNull();
	}

	@Test
	void rejectsSignatureWithoutCertificateOrWithoutSignature() {
		DetachedSignature signature = officer().sign(DECISION_SHA256);

		assertInvalid(
				verifier.verify(DECISION_SHA256,
						new DetachedSignature(signature.algorithm(), signature.signatureBase64(), List.of()), NOW),
				"no certificate");
		assertInvalid(verifier.verify(DECISION_SHA256, null, NOW), "no signature");
		assertInvalid(
				verifier.verify(DECISION_SHA256,
						new DetachedSignature(signature.algorithm(), null, signature.certificateChainPem()), NOW),
				"empty signature");
	}

	private static DemoSigner officer() {
		return authority.issueSigner("officer-ec", KeyAlgorithm.EC_P256);
	}

	private static DemoSigner applicant() {
		return authority.issueSigner("applicant-rsa", KeyAlgorithm.RSA_2048);
	}

	private static void assertInvalid(SignatureCheck check, String reasonFragment) {
		assertThat(check.valid()).isFalse();
		assertThat(check.failureReason()).contains(reasonFragment);
	}

	static String sha256(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
