package vn.dossierledger.command.signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureConfigurationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final String DOCUMENT_SHA256 = X509SignatureVerifierTests.sha256("Giấy tiếp nhận hồ sơ");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(SignatureConfiguration.class);

	@TempDir
	Path dataDirectory;

	@Test
	void trustsTheDemoAuthorityAndWritesItsRootForInspection() {
		this.contextRunner.withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
			.withPropertyValues("dossier-ledger.signature.demo-ca.enabled=true",
					"dossier-ledger.data-dir=" + this.dataDirectory)
			.run((context) -> {
				DemoCertificateAuthority authority = context.getBean(DemoCertificateAuthority.class);
				DemoSigner officer = authority.issueSigner("officer-1", KeyAlgorithm.EC_P256);

				assertThat(context.getBean(SignatureVerifier.class)
					.verify(DOCUMENT_SHA256, officer.sign(DOCUMENT_SHA256), NOW)
					.valid()).isTrue();
				assertThat(authority.rootCertificate().getSubjectX500Principal().getName())
					.startsWith("CN=Dossier Ledger Demo CA,");
				assertThat(authority.rootCertificate().getNotBefore().toInstant()).as("uses the application's clock")
					.isBefore(NOW)
					.isAfter(NOW.minusSeconds(24 * 3600));
				assertThat(this.dataDirectory.resolve("demo-ca.pem")).hasContent(authority.rootCertificatePem());
			});
	}

	@Test
	void trustsOnlyTheConfiguredAnchorsWhenTheDemoAuthorityIsOff() throws Exception {
		DemoCertificateAuthority configured = DemoCertificateAuthority.generate("Configured CA",
				Clock.fixed(NOW, ZoneOffset.UTC));
		DemoCertificateAuthority unknown = DemoCertificateAuthority.generate("Unknown CA",
				Clock.fixed(NOW, ZoneOffset.UTC));
		Path root = Files.writeString(this.dataDirectory.resolve("root.pem"), configured.rootCertificatePem());

		this.contextRunner.withPropertyValues("dossier-ledger.signature.trust-anchors=" + root.toUri())
			.run((context) -> {
				SignatureVerifier verifier = context.getBean(SignatureVerifier.class);

				assertThat(context).doesNotHaveBean(DemoCertificateAuthority.class);
				assertThat(verifier
					.verify(DOCUMENT_SHA256,
							configured.issueSigner("officer-1", KeyAlgorithm.RSA_2048).sign(DOCUMENT_SHA256), NOW)
					.valid()).isTrue();
				assertThat(verifier
					.verify(DOCUMENT_SHA256,
							unknown.issueSigner("officer-1", KeyAlgorithm.EC_P256).sign(DOCUMENT_SHA256), NOW)
					.failureReason()).contains("untrusted");
			});
	}

	@Test
	void readsEveryCertificateOfABundle() throws Exception {
		DemoCertificateAuthority first = DemoCertificateAuthority.generate("First CA",
				Clock.fixed(NOW, ZoneOffset.UTC));
		DemoCertificateAuthority second = DemoCertificateAuthority.generate("Second CA",
				Clock.fixed(NOW, ZoneOffset.UTC));
		Path bundle = Files.writeString(this.dataDirectory.resolve("bundle.pem"),
				first.rootCertificatePem() + second.rootCertificatePem());

		this.contextRunner.withPropertyValues("dossier-ledger.signature.trust-anchors[0]=" + bundle.toUri())
			.run((context) -> assertThat(context.getBean(SignatureVerifier.class)
				.verify(DOCUMENT_SHA256, second.issueSigner("applicant-1", KeyAlgorithm.EC_P256).sign(DOCUMENT_SHA256),
						NOW)
				.valid()).isTrue());
	}

	@Test
	void refusesToStartWhenAConfiguredTrustAnchorIsMissing() {
		this.contextRunner
			.withPropertyValues(
					"dossier-ledger.signature.trust-anchors=file:" + this.dataDirectory.resolve("absent.pem"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("absent.pem"));
	}

	@Test
	void refusesToStartWhenATrustAnchorFileIsNotACertificate() throws Exception {
		Path notPem = Files.writeString(this.dataDirectory.resolve("not.pem"), "hello");

		this.contextRunner.withPropertyValues("dossier-ledger.signature.trust-anchors=" + notPem.toUri())
			.run((context) -> assertThat(context).hasFailed());
	}

}
