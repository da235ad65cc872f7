package vn.dossierledger.command.signature;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoCertificateAuthorityTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private final DemoCertificateAuthority authority = DemoCertificateAuthority.generate("Dossier Ledger Demo CA",
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void rootIsASelfSignedEcdsaCertificateAuthority() throws Exception {
		X509Certificate root = this.authority.rootCertificate();

		root.verify(root.getPublicKey());
		assertThat(root.getPublicKey().getAlgorithm()).isEqualTo("EC");
		assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
		assertThat(root.getSubjectX500Principal().getName())
			.isEqualTo("CN=Dossier Ledger Demo CA,O=Dossier Ledger Demo,C=VN");
		assertThat(root.getNotBefore().toInstant()).isBefore(NOW);
		assertThat(root.getNotAfter().toInstant()).isAfter(NOW.plusSeconds(365L * 24 * 3600));
		assertThat(this.authority.rootCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n");
	}

	@Test
	void issuesEndEntityCertificatesForSigningOnly() throws Exception {
		X509Certificate certificate = this.authority.issueSigner("officer-1", KeyAlgorithm.EC_P256).certificate();

		certificate.verify(this.authority.rootCertificate().getPublicKey());
		assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
		boolean[] keyUsage = certificate.getKeyUsage();
		assertThat(keyUsage[0]).as("digitalSignature").isTrue();
		assertThat(keyUsage[1]).as("nonRepudiation").isTrue();
		assertThat(keyUsage[5]).as("keyCertSign").isFalse();
	}

	@Test
	void reusesTheSignerIssuedForACommonName() {
		DemoSigner first = this.authority.issueSigner("officer-1", KeyAlgorithm.EC_P256);

		assertThat(this.authority.issueSigner("officer-1", KeyAlgorithm.EC_P256)).isSameAs(first);
		assertThat(this.authority.issueSigner("officer-2", KeyAlgorithm.EC_P256)).isNotSameAs(first);
	}

	@Test
	void refusesToReissueASignerWithAnotherKeyAlgorithm() {
		this.authority.issueSigner("officer-1", KeyAlgorithm.EC_P256);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.authority.issueSigner("officer-1", KeyAlgorithm.RSA_2048));
	}

	@Test
	void escapesSpecialCharactersInNames() {
		X509Certificate certificate = this.authority.issueSigner("Nguyễn Văn A, Phòng Tư pháp", KeyAlgorithm.EC_P256)
			.certificate();

		assertThat(certificate.getSubjectX500Principal().getName()).startsWith("CN=Nguyễn Văn A\\, Phòng Tư pháp,");
	}

	@Test
	void issuesExpiredSignersWhoseValidityLiesInThePast() {
		X509Certificate certificate = this.authority.issueExpiredSigner("officer-1", KeyAlgorithm.RSA_2048)
			.certificate();

		assertThat(certificate.getNotAfter().toInstant()).isBefore(NOW);
		assertThat(this.authority.issueSigner("officer-1", KeyAlgorithm.RSA_2048).certificate())
			.as("expired signers are not cached")
			.isNotEqualTo(certificate);
	}

	@Test
	void refusesToSignAMalformedHash() {
		DemoSigner signer = this.authority.issueSigner("officer-1", KeyAlgorithm.EC_P256);

		assertThatIllegalArgumentException().isThrownBy(() -> signer.sign("not-a-hash"));
	}

}
