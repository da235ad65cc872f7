package vn.dossierledger.command.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.command.signature.DemoCertificateAuthority;
import vn.dossierledger.command.signature.KeyAlgorithm;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.command.DeliverResultCommand;
import vn.dossierledger.events.dossier.command.IssueResultCommand;
import vn.dossierledger.events.dossier.command.SignDecisionCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;

import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.AUTHORISATION_REF;
import static vn.dossierledger.command.dossier.DossierTestSupport.DECISION_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.REPRESENTATIVE;
import static vn.dossierledger.command.dossier.DossierTestSupport.RESULT_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.STRANGER;
import static vn.dossierledger.command.dossier.DossierTestSupport.actor;
import static vn.dossierledger.command.dossier.DossierTestSupport.check;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.signedBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.violationOf;

/** Signing the decision, issuing and delivering the result, stopping processing. */
class DossierDecisionAndResultTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private final DossierTestSupport support = new DossierTestSupport();

	private static SignDecisionCommand sign(String officer, String sha256, DetachedSignature signature) {
		return new SignDecisionCommand(DOSSIER_ID, null, officer, sha256, signature);
	}

	private static SignDecisionCommand signedByTheLeader() {
		return sign(BIRTH.leader(), DECISION_SHA256, signedBy(BIRTH.leader(), DECISION_SHA256));
	}

	private static IssueResultCommand issue(String clerk, String sha256, boolean electronic) {
		return new IssueResultCommand(DOSSIER_ID, null, clerk, "KQ-1", "123/QĐ", sha256, electronic);
	}

	private static DeliverResultCommand deliver(DeliveryMethod method, SubjectRef recipient, String authorisation) {
		return new DeliverResultCommand(DOSSIER_ID, null, BIRTH.desk(), method, recipient, authorisation);
	}

	// ---- Decision signed

	@Test
	void recordsTheApprovingLeadersVerifiedSignature() {
		DetachedSignature signature = signedBy(BIRTH.leader(), DECISION_SHA256);
		this.support.given(history(BIRTH).inProcessing())
			.when(sign(BIRTH.leader(), DECISION_SHA256, signature))
			.expectEvents(new DecisionSignedEvent(DOSSIER_ID, DECISION_SHA256, check(DECISION_SHA256, signature, NOW),
					actor(BIRTH.leader(), Role.APPROVING_LEADER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 3, DossierStatus.IN_PROCESSING));
	}

	@Test
	void rejectsASignatureByAnOfficerWhoIsNotAnApprovingLeader() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				sign(BIRTH.specialist(), DECISION_SHA256, signedBy(BIRTH.specialist(), DECISION_SHA256)),
				DossierRule.APPROVER_ONLY_SIGNS);
	}

	@Test
	void rejectsASignatureByALeaderOfAnAgencyThatIsNotCompetent() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				sign("hn-tp-ld-01", DECISION_SHA256, signedBy("hn-tp-ld-01", DECISION_SHA256)),
				DossierRule.COMPETENT_UNIT_ONLY);
	}

	@Test
	void rejectsASignatureByTheLeaderWhoAlsoReceivedTheFile() {
		History receivedByTheLeader = history(BIRTH).submitted()
			.receivedBy(BIRTH.leader())
			.transferredTo(BIRTH.specialist(), "THAM_DINH");
		this.support.expectViolation(receivedByTheLeader, signedByTheLeader(),
				DossierRule.SEPARATION_OF_RECEIVER_AND_APPROVER);
	}

	@Test
	void rejectsASignatureThatDoesNotVerify() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				sign(BIRTH.leader(), DECISION_SHA256, signedBy(BIRTH.leader(), RESULT_SHA256)),
				DossierRule.DECISION_SIGNATURE_INVALID);
	}

	@Test
	void rejectsASignatureFromAnUntrustedCertificateAuthority() {
		DemoCertificateAuthority foreign = DemoCertificateAuthority.generate("Foreign CA",
				Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
		DetachedSignature signature = foreign.issueSigner(BIRTH.leader(), KeyAlgorithm.EC_P256).sign(DECISION_SHA256);
		this.support.expectViolation(history(BIRTH).inProcessing(), sign(BIRTH.leader(), DECISION_SHA256, signature),
				DossierRule.DECISION_SIGNATURE_INVALID);
	}

	@Test
	void rejectsASignatureMadeWithAnotherOfficersCertificate() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				sign(BIRTH.leader(), DECISION_SHA256, signedBy("hn-phk-ld-02", DECISION_SHA256)),
				DossierRule.SIGNER_MUST_BE_ACTING_OFFICER);
	}

	@Test
	void rejectsADecisionWithoutSignature() {
		this.support.expectViolation(history(BIRTH).inProcessing(), sign(BIRTH.leader(), DECISION_SHA256, null),
				DossierRule.DECISION_SIGNATURE_INVALID);
	}

	@Test
	void rejectsADecisionWithAMalformedHash() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				sign(BIRTH.leader(), DECISION_SHA256.toUpperCase(), signedBy(BIRTH.leader(), DECISION_SHA256)),
				DossierRule.DOCUMENT_HASH_MALFORMED);
	}

	@Test
	void rejectsSigningADecisionBeforeProcessingStarts() {
		this.support.expectViolation(history(BIRTH).submitted().received(), signedByTheLeader(),
				DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Result issued

	@Test
	void issuesTheResultOfASignedDecision() {
		this.support.given(history(BIRTH).inProcessing().decisionSigned())
			.when(issue(BIRTH.clerk(), RESULT_SHA256, true))
			.expectEvents(new ResultIssuedEvent(DOSSIER_ID, "KQ-1", "123/QĐ", RESULT_SHA256, true,
					actor(BIRTH.clerk(), Role.CLERK), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.RESOLVED));
	}

	@Test
	void rejectsAResultWithoutASignedDecision() {
		this.support.expectViolation(history(BIRTH).inProcessing(), issue(BIRTH.clerk(), RESULT_SHA256, false),
				DossierRule.SIGNED_DECISION_REQUIRED);
	}

	@Test
	void rejectsAResultIssuedBySomeoneOtherThanAClerk() {
		this.support.expectViolation(history(BIRTH).inProcessing().decisionSigned(),
				issue(BIRTH.leader(), RESULT_SHA256, false), DossierRule.OFFICER_ROLE_REQUIRED);
	}

	@Test
	void rejectsAResultIssuedByAClerkOfAnAgencyThatIsNotCompetent() {
		this.support.expectViolation(history(BIRTH).inProcessing().decisionSigned(),
				issue("hn-tp-vt-01", RESULT_SHA256, false), DossierRule.COMPETENT_UNIT_ONLY);
	}

	@Test
	void rejectsAResultWithAMalformedHash() {
		this.support.expectViolation(history(BIRTH).inProcessing().decisionSigned(), issue(BIRTH.clerk(), "abc", false),
				DossierRule.DOCUMENT_HASH_MALFORMED);
	}

	@Test
	void rejectsIssuingAResultTwice() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved(),
				issue(BIRTH.clerk(), RESULT_SHA256, false), DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Result delivered

	@Test
	void deliversTheResultToTheApplicant() {
		this.support.given(history(BIRTH).inProcessing().resolved())
			.when(deliver(DeliveryMethod.AT_DESK, APPLICANT, null))
			.expectEvents(new ResultDeliveredEvent(DOSSIER_ID, DeliveryMethod.AT_DESK, APPLICANT, null,
					actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 5, DossierStatus.DELIVERED));
	}

	@Test
	void deliversToTheRepresentativeOrAnAuthorisedPerson() {
		this.support.given(history(BIRTH).inProcessing().resolved())
			.when(deliver(DeliveryMethod.AT_DESK, REPRESENTATIVE, null))
			.expectSuccessfulHandlerExecution();
		this.support.given(history(BIRTH).inProcessing().resolved())
			.when(deliver(DeliveryMethod.BY_POST, STRANGER, AUTHORISATION_REF))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void deliversALateDossier() {
		History history = history(BIRTH).inProcessing().resolved();
		this.support.givenAt(history.dueAt().plusSeconds(86_400), history)
			.when(deliver(DeliveryMethod.AT_DESK, APPLICANT, null))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void rejectsDeliveryToSomeoneWithoutAuthorisation() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved(),
				deliver(DeliveryMethod.AT_DESK, STRANGER, null), DossierRule.RECIPIENT_MUST_BE_ENTITLED);
	}

	@Test
	void rejectsOnlineDeliveryOfAPaperResult() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved(),
				deliver(DeliveryMethod.ONLINE, APPLICANT, null),
				DossierRule.ELECTRONIC_RESULT_REQUIRED_FOR_ONLINE_DELIVERY);
	}

	@Test
	void deliversAnElectronicResultOnline() {
		this.support.given(history(BIRTH).inProcessing().decisionSigned().resultIssued(true))
			.when(deliver(DeliveryMethod.ONLINE, APPLICANT, null))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void rejectsDeliveryWhileFeesAreOutstanding() {
		Scenario scenario = Scenario.CRIMINAL_RECORD;
		History history = history(scenario).inProcessing()
			.resolved()
			.feesRequested()
			.paid("TX-1", 200_000)
			.refunded("TX-1", 200_000);
		this.support.given(history)
			.when(new DeliverResultCommand(DOSSIER_ID, null, scenario.clerk(), DeliveryMethod.AT_DESK, APPLICANT, null))
			.expectException(violationOf(DossierRule.FEES_OUTSTANDING))
			.expectExceptionMessage("200000 VND are still due")
			.expectNoEvents();
	}

	@Test
	void rejectsDeliveryBySomeoneWhoIsNeitherDeskNorClerk() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved(),
				new DeliverResultCommand(DOSSIER_ID, null, BIRTH.leader(), DeliveryMethod.AT_DESK, APPLICANT, null),
				DossierRule.OFFICER_ROLE_REQUIRED);
	}

	@Test
	void rejectsDeliveryBeforeTheResultIsIssued() {
		this.support.expectViolation(history(BIRTH).inProcessing(), deliver(DeliveryMethod.AT_DESK, APPLICANT, null),
				DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Processing stopped

	@Test
	void stopsProcessingWithReasonAndLegalBasis() {
		this.support.given(history(BIRTH).inProcessing())
			.when(new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, LEGAL_BASIS))
			.expectEvents(new ProcessingStoppedEvent(DOSSIER_ID, REASON, LEGAL_BASIS,
					actor(BIRTH.leader(), Role.APPROVING_LEADER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 3, DossierStatus.STOPPED));
	}

	@Test
	void stopsADossierWaitingForASupplement() {
		this.support.given(history(BIRTH).inProcessing().supplementRequested())
			.when(new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, LEGAL_BASIS))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.STOPPED));
	}

	@Test
	void rejectsAStopWithoutLegalBasis() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, null),
				DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void rejectsAStopWithAReasonTooShortToBeOne() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), "Không đạt", LEGAL_BASIS),
				DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void rejectsAStopBySomeoneWhoIsNotAnApprovingLeader() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.specialist(), REASON, LEGAL_BASIS),
				DossierRule.APPROVER_ONLY_SIGNS);
	}

	@Test
	void rejectsAStopOfADossierThatIsNotBeingProcessed() {
		this.support.expectViolation(history(BIRTH).submitted().received(),
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, LEGAL_BASIS),
				DossierRule.ILLEGAL_TRANSITION);
	}

	@Test
	void rejectsDeliveryByAnOfficerOfAnotherProvince() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved(),
				new DeliverResultCommand(DOSSIER_ID, null, "th-tn-01", DeliveryMethod.AT_DESK, APPLICANT, null),
				DossierRule.COMPETENT_UNIT_ONLY);
	}

}
