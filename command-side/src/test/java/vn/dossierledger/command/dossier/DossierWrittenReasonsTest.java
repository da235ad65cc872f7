package vn.dossierledger.command.dossier;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.command.IssueApologyCommand;
import vn.dossierledger.events.dossier.command.RefundPaymentCommand;
import vn.dossierledger.events.dossier.command.RejectIntakeCommand;
import vn.dossierledger.events.dossier.command.RequestIntakeSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;

import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.actor;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;

/**
 * The written form of a refusal, supplement request, stop, refund or apology (Forms
 * 02–05): a reason of words at least as long as the rulebook asks, and a legal basis that
 * cites a legal document or an article, as the procedure version's rulebook says.
 */
class DossierWrittenReasonsTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private final DossierTestSupport support = new DossierTestSupport();

	@ParameterizedTest
	@ValueSource(strings = { "x", "Luật", "căn cứ pháp lý", "Theo quy định hiện hành" })
	void refusesAnIntakeRejectionWhoseLegalBasisCitesNoDocument(String legalBasis) {
		this.support.expectViolation(history(BIRTH).submitted(),
				new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, legalBasis),
				DossierRule.LEGAL_BASIS_NOT_A_CITATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Luật Hộ tịch 2014, Điều 13", "Nghị định 118/2025/NĐ-CP", "Điều 9",
			"Khoản 2 Điều 20 Nghị định 61/2018/NĐ-CP", "thông tư 03/2025/TT-VPCP" })
	void acceptsAnIntakeRejectionCitingADocumentOrAnArticle(String legalBasis) {
		this.support.given(history(BIRTH).submitted())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, legalBasis))
			.expectEvents(new IntakeRejectedEvent(DOSSIER_ID, REASON, legalBasis,
					actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW));
	}

	@Test
	void acceptsACitationWrittenWithDecomposedVietnameseLetters() {
		String decomposed = java.text.Normalizer.normalize("Điều 13 Luật Hộ tịch", java.text.Normalizer.Form.NFD);
		this.support.given(history(BIRTH).submitted())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, decomposed))
			.expectSuccessfulHandlerExecution();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0123456789", "..........", "x         y" })
	void refusesAnIntakeRejectionWhoseReasonHasNoWords(String reason) {
		this.support.expectViolation(history(BIRTH).submitted(),
				new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), reason, LEGAL_BASIS),
				DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void refusesAnIntakeSupplementRequestWhoseLegalBasisCitesNoDocument() {
		this.support.expectViolation(history(BIRTH).submitted(),
				new RequestIntakeSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), items("TO_KHAI"), REASON, "x", null),
				DossierRule.LEGAL_BASIS_NOT_A_CITATION);
	}

	@Test
	void refusesASupplementRequestWhoseLegalBasisCitesNoDocument() {
		this.support
			.expectViolation(
					history(BIRTH).inProcessing(), new RequestSupplementCommand(DOSSIER_ID, null, BIRTH.specialist(),
							items("TO_KHAI"), REASON, "x", BIRTH.leader(), null),
					DossierRule.LEGAL_BASIS_NOT_A_CITATION);
	}

	@Test
	void refusesAStopWhoseLegalBasisCitesNoDocument() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, "x"),
				DossierRule.LEGAL_BASIS_NOT_A_CITATION);
	}

	@Test
	void refusesARefundWhoseReasonIsShorterThanTheRulebooksMinimum() {
		Scenario criminalRecord = Scenario.CRIMINAL_RECORD;
		this.support.expectViolation(history(criminalRecord).inProcessing().feesRequested().paid("TX-1", 200_000),
				new RefundPaymentCommand(DOSSIER_ID, null, criminalRecord.clerk(), "TX-1", "Trùng"),
				DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void refusesAnApologyWhoseReasonHasNoWords() {
		History history = history(BIRTH).inProcessing();
		Instant apologisedAt = history.dueAt().minus(Duration.ofMinutes(30));
		this.support.givenAt(apologisedAt, history)
			.when(new IssueApologyCommand(DOSSIER_ID, null, BIRTH.leader(), "- - - - - -",
					history.dueAt().plus(Duration.ofDays(1)), ApologyChannel.EMAIL))
			.expectException(DossierTestSupport.violationOf(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED))
			.expectNoEvents();
	}

}
