package vn.dossierledger.command.dossier;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SignatureCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.OFFICERS;

class DecisionSignaturePolicyTest {

	private static final Procedure BIRTH = DossierTestSupport.Scenario.BIRTH.procedureOn(DossierTestSupport.NOW);

	private static final Actor LEADER = new Actor("hn-phk-ld-01", Role.APPROVING_LEADER, "hn-phk-vhxh");

	private static SignatureCheck validCheckFor(String subject) {
		return new SignatureCheck(true, null, "SHA256withECDSA", "1", "CN=Test CA", subject, Instant.EPOCH);
	}

	@Test
	void acceptsACertificateWhoseCommonNameIsTheActingOfficer() {
		assertThatCode(() -> DecisionSignaturePolicy.requireSignerIsActingOfficer(
				validCheckFor("CN=hn-phk-ld-01,O=Dossier Ledger Demo,C=VN"), LEADER, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesACertificateOfAnotherOfficerEvenWithACommonPrefix() {
		assertThatThrownBy(() -> DecisionSignaturePolicy.requireSignerIsActingOfficer(
				validCheckFor("CN=hn-phk-ld-01x,O=Dossier Ledger Demo,C=VN"), LEADER, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SIGNER_MUST_BE_ACTING_OFFICER));
	}

	@Test
	void refusesACheckThatFailedWithItsReason() {
		SignatureCheck failed = new SignatureCheck(false, "signature mismatch", null, null, null, null, Instant.EPOCH);
		assertThatThrownBy(() -> DecisionSignaturePolicy.requireValidSignature(failed, DossierStatus.IN_PROCESSING))
			.hasMessageContaining("signature mismatch");
	}

	@Test
	void separatesReceiverAndApproverOnlyWhereTheRulebookSaysSo() {
		assertThatThrownBy(() -> DecisionSignaturePolicy.requireSeparationOfReceiverAndApprover(true, "hn-phk-ld-01",
				LEADER, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> assertThat(violation.rule())
				.isEqualTo(DossierRule.SEPARATION_OF_RECEIVER_AND_APPROVER));
		assertThatCode(() -> DecisionSignaturePolicy.requireSeparationOfReceiverAndApprover(false, "hn-phk-ld-01",
				LEADER, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void acceptsOnlyLowercaseSixtyFourHexDigitsAsADocumentHash() {
		assertThatCode(() -> DecisionSignaturePolicy.requireSha256("a".repeat(64), DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> DecisionSignaturePolicy.requireSha256("A".repeat(64), DossierStatus.IN_PROCESSING))
			.isInstanceOf(DossierRuleViolation.class);
	}

	@Test
	void decidesAsAnApprovingLeaderOfTheCompetentAgency() {
		assertThat(
				DecisionSignaturePolicy.requireApprover(OFFICERS, "hn-phk-ld-01", BIRTH, DossierStatus.IN_PROCESSING))
			.isEqualTo(LEADER);
	}

	@Test
	void refusesADecisionByAnOfficerWhoIsNotAnApprovingLeader() {
		assertThatThrownBy(() -> DecisionSignaturePolicy.requireApprover(OFFICERS, "hn-phk-cv-01", BIRTH,
				DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.APPROVER_ONLY_SIGNS))
			.hasMessage("Only an approving leader signs a decision; officer hn-phk-cv-01 is not one");
	}

	@Test
	void acceptsADecisionThatCarriesASignature() {
		assertThatCode(() -> DecisionSignaturePolicy.requireSignature(
				DossierTestSupport.signedBy("hn-phk-ld-01", DossierTestSupport.DECISION_SHA256),
				DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesADecisionWithoutSignature() {
		assertThatThrownBy(() -> DecisionSignaturePolicy.requireSignature(null, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.DECISION_SIGNATURE_INVALID))
			.hasMessage("A decision must carry the leader's digital signature");
	}

	@Test
	void issuesAResultOnlyOnASignedDecision() {
		assertThatCode(() -> DecisionSignaturePolicy.requireSignedDecision(true, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> DecisionSignaturePolicy.requireSignedDecision(false, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SIGNED_DECISION_REQUIRED))
			.hasMessage("A result is issued only on a signed decision");
	}

}
