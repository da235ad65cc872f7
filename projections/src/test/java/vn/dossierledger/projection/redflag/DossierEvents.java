package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.List;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.SignatureCheck;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;

import static vn.dossierledger.projection.BirthRegistrationEvents.APPLICANT;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_CODE;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_ID;
import static vn.dossierledger.projection.BirthRegistrationEvents.LEADER;
import static vn.dossierledger.projection.BirthRegistrationEvents.RECEIVING_OFFICER;
import static vn.dossierledger.projection.BirthRegistrationEvents.SECRET_SHA256;
import static vn.dossierledger.projection.BirthRegistrationEvents.SPECIALIST;
import static vn.dossierledger.projection.BirthRegistrationEvents.at;

/**
 * Events of the shared birth registration that the red-flag rules need beyond
 * {@code BirthRegistrationEvents}.
 */
final class DossierEvents {

	static final String REASON = "Giấy chứng sinh không đọc được, đề nghị nộp bản rõ";

	static final String LEGAL_BASIS = "Nghị định 123/2015/NĐ-CP";

	private DossierEvents() {
	}

	/** Submitted online with both mandatory documents. */
	static DossierSubmittedEvent submittedWithDocuments(Channel channel, String time) {
		return new DossierSubmittedEvent(DOSSIER_ID, DOSSIER_CODE, "1.001193", "2025.1", channel, APPLICANT, null, null,
				null, null, List.of(document("TO_KHAI"), document("GIAY_CHUNG_SINH")), SECRET_SHA256,
				Actor.applicant(APPLICANT), at(time));
	}

	static SubmittedDocument document(String componentCode) {
		return new SubmittedDocument(componentCode, componentCode, CopyType.ELECTRONIC, "a".repeat(64), true, false,
				null);
	}

	static IntakeSupplementRequestedEvent intakeSupplement(String time, String overrideReason) {
		return new IntakeSupplementRequestedEvent(DOSSIER_ID, List.of(new SupplementItem("TO_KHAI", "Thiếu chữ ký")),
				REASON, LEGAL_BASIS, overrideReason, RECEIVING_OFFICER, at(time));
	}

	static SupplementSubmittedEvent supplementSubmitted(String time) {
		return new SupplementSubmittedEvent(DOSSIER_ID, List.of(document("TO_KHAI")), Actor.applicant(APPLICANT),
				at(time));
	}

	static IntakeRejectedEvent rejected(String time, String reason) {
		return new IntakeRejectedEvent(DOSSIER_ID, reason, LEGAL_BASIS, RECEIVING_OFFICER, at(time));
	}

	static SignatureCheck signatureCheck(boolean valid, Instant at) {
		return new SignatureCheck(valid, valid ? null : "certificate expired", "SHA256withECDSA", "01", "Demo CA",
				"CN=Nguyen Van An", at);
	}

	static OpinionRecordedEvent specialistOpinion(String time) {
		return new OpinionRecordedEvent(DOSSIER_ID, "THAM_DINH", Recommendation.APPROVE, "Đủ điều kiện", SPECIALIST,
				at(time));
	}

	static DecisionSignedEvent decisionSigned(Actor signer, String time) {
		return new DecisionSignedEvent(DOSSIER_ID, "d".repeat(64), signatureCheck(true, at(time)), signer, at(time));
	}

	static DecisionSignedEvent decisionSignedByLeader(String time) {
		return decisionSigned(LEADER, time);
	}

}
