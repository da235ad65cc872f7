package vn.dossierledger.command.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PersonalData;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;

import static vn.dossierledger.events.dossier.command.FieldLimits.ADDRESS;
import static vn.dossierledger.events.dossier.command.FieldLimits.AUTHORISATION_REF;
import static vn.dossierledger.events.dossier.command.FieldLimits.CERTIFICATE_CHAIN;
import static vn.dossierledger.events.dossier.command.FieldLimits.CERTIFICATE_PEM;
import static vn.dossierledger.events.dossier.command.FieldLimits.COMMENT;
import static vn.dossierledger.events.dossier.command.FieldLimits.COMPONENT_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOCUMENTS;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOCUMENT_NAME;
import static vn.dossierledger.events.dossier.command.FieldLimits.EMAIL;
import static vn.dossierledger.events.dossier.command.FieldLimits.E_RECEIPT_NUMBER;
import static vn.dossierledger.events.dossier.command.FieldLimits.FEES;
import static vn.dossierledger.events.dossier.command.FieldLimits.FEE_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.FEE_NAME;
import static vn.dossierledger.events.dossier.command.FieldLimits.FULL_NAME;
import static vn.dossierledger.events.dossier.command.FieldLimits.ID_NUMBER;
import static vn.dossierledger.events.dossier.command.FieldLimits.ISSUE;
import static vn.dossierledger.events.dossier.command.FieldLimits.ISSUE_NUMBER;
import static vn.dossierledger.events.dossier.command.FieldLimits.LEGAL_BASIS;
import static vn.dossierledger.events.dossier.command.FieldLimits.NOTE;
import static vn.dossierledger.events.dossier.command.FieldLimits.OFFICER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.PHONE;
import static vn.dossierledger.events.dossier.command.FieldLimits.PROCEDURE_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.REASON;
import static vn.dossierledger.events.dossier.command.FieldLimits.RESULT_DOCUMENT_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.SIGNATURE_ALGORITHM;
import static vn.dossierledger.events.dossier.command.FieldLimits.SIGNATURE_BASE64;
import static vn.dossierledger.events.dossier.command.FieldLimits.STEP_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.SUBJECT_REF;
import static vn.dossierledger.events.dossier.command.FieldLimits.SUPPLEMENT_ITEMS;
import static vn.dossierledger.events.dossier.command.FieldLimits.TRANSACTION_ID;

/**
 * Request bodies of the command API. Field validation happens here (400 with each bad
 * field), every string and list within its {@code FieldLimits}; business rules are the
 * aggregate's (409/422 naming the rule). The published language's value types are
 * mirrored here (person, signature, fee) so that their fields are validated too. No list
 * takes a null element: it would reach the mapping below or the aggregate as a null.
 */
final class DossierRequests {

	static final String SHA256_HEX = "[0-9a-f]{64}";

	private DossierRequests() {
	}

	record Party(@NotBlank @Size(max = SUBJECT_REF) String subjectRef, @Valid Person personalData) {

		PersonalData personalDataOrNull() {
			return (this.personalData != null) ? this.personalData.toPersonalData() : null;
		}

	}

	record Person(@Size(max = FULL_NAME) String fullName, @Size(max = ID_NUMBER) String idNumber, LocalDate dateOfBirth,
			@Size(max = ADDRESS) String address, @Size(max = PHONE) String phone, @Size(max = EMAIL) String email) {

		PersonalData toPersonalData() {
			return new PersonalData(this.fullName, this.idNumber, this.dateOfBirth, this.address, this.phone,
					this.email);
		}

	}

	record Signature(@Size(max = SIGNATURE_ALGORITHM) String algorithm,
			@Size(max = SIGNATURE_BASE64) String signatureBase64,
			@Size(max = CERTIFICATE_CHAIN) List<@NotNull @Size(max = CERTIFICATE_PEM) String> certificateChainPem) {

		DetachedSignature toDetached() {
			return new DetachedSignature(this.algorithm, this.signatureBase64, this.certificateChainPem);
		}

		static DetachedSignature toDetached(Signature signature) {
			return (signature != null) ? signature.toDetached() : null;
		}

	}

	record Document(@NotBlank @Size(max = COMPONENT_CODE) String componentCode,
			@NotBlank @Size(max = DOCUMENT_NAME) String name, @NotNull CopyType copyType,
			@NotNull @Pattern(regexp = SHA256_HEX, message = "must be a lowercase hex SHA-256") String sha256,
			boolean digitised, boolean reusedFromRepository, @Valid Signature signature) {

		SubmittedDocument toSubmitted() {
			return new SubmittedDocument(this.componentCode, this.name, this.copyType, this.sha256, this.digitised,
					this.reusedFromRepository, Signature.toDetached(this.signature));
		}

		static List<SubmittedDocument> toSubmitted(List<Document> documents) {
			return documents == null ? List.of() : documents.stream().map(Document::toSubmitted).toList();
		}

	}

	record Submit(@NotBlank @Size(max = PROCEDURE_CODE) String procedureCode, @NotNull Channel channel,
			@Pattern(regexp = "[A-Za-z0-9.\\-]{5,64}",
					message = "letters, digits, dots and dashes, 5 to 64") String dossierCode,
			@NotNull @Valid Party applicant, @Valid Party representative,
			@Size(max = AUTHORISATION_REF) String authorisationRef,
			@NotEmpty @Size(max = DOCUMENTS) List<@NotNull @Valid Document> documents) {
	}

	record Receive(@Size(max = OFFICER_ID) String actingOfficerId, DeliveryMethod deliveryMethod) {
	}

	record Supplement(@Size(max = OFFICER_ID) String actingOfficerId,
			@NotEmpty @Size(max = SUPPLEMENT_ITEMS) List<@NotNull @Valid Item> items,
			@NotBlank @Size(max = REASON) String reason, @NotBlank @Size(max = LEGAL_BASIS) String legalBasis,
			@Size(max = OFFICER_ID) String approvedByOfficerId, @Size(max = REASON) String overrideReason) {

		List<SupplementItem> supplementItems() {
			return this.items.stream().map(item -> new SupplementItem(item.componentCode(), item.issue())).toList();
		}

	}

	record Item(@NotBlank @Size(max = COMPONENT_CODE) String componentCode, @NotBlank @Size(max = ISSUE) String issue) {
	}

	record ApplicantSupplement(@Size(max = SUBJECT_REF) String submittedBy,
			@NotEmpty @Size(max = DOCUMENTS) List<@NotNull @Valid Document> documents) {
	}

	record ReasonedDecision(@Size(max = OFFICER_ID) String actingOfficerId, @NotBlank @Size(max = REASON) String reason,
			@NotBlank @Size(max = LEGAL_BASIS) String legalBasis) {
	}

	record Transfer(@Size(max = OFFICER_ID) String actingOfficerId,
			@NotBlank @Size(max = OFFICER_ID) String toOfficerId, @NotBlank @Size(max = STEP_CODE) String stepCode) {
	}

	record Opinion(@Size(max = OFFICER_ID) String actingOfficerId, @NotBlank @Size(max = STEP_CODE) String stepCode,
			@NotNull Recommendation recommendation, @Size(max = NOTE) String note) {
	}

	record SupplementArrival(@Size(max = OFFICER_ID) String actingOfficerId,
			@Size(max = DOCUMENTS) List<@NotNull @Valid Document> documents) {
	}

	record FinancialObligation(@Size(max = OFFICER_ID) String actingOfficerId,
			@NotEmpty @Size(max = FEES) List<@NotNull @Valid Fee> fees) {

		List<FeeLine> feeLines() {
			return this.fees.stream().map(Fee::toFeeLine).toList();
		}

	}

	record Fee(@Size(max = FEE_CODE) String code, @Size(max = FEE_NAME) String name, FeeType type, long amountVnd) {

		FeeLine toFeeLine() {
			return new FeeLine(this.code, this.name, this.type, this.amountVnd);
		}

	}

	record Payment(@NotBlank @Size(max = TRANSACTION_ID) String transactionId, @Positive long amountVnd,
			@NotNull PaymentGateway gateway, @Size(max = E_RECEIPT_NUMBER) String eReceiptNumber,
			@Size(max = OFFICER_ID) String actingOfficerId) {
	}

	record FailedPayment(@NotBlank @Size(max = TRANSACTION_ID) String transactionId, long amountVnd,
			@NotNull PaymentGateway gateway, @NotBlank @Size(max = REASON) String reason) {
	}

	record Refund(@Size(max = OFFICER_ID) String actingOfficerId, @NotBlank @Size(max = REASON) String reason) {
	}

	record Apology(@Size(max = OFFICER_ID) String actingOfficerId, @NotBlank @Size(max = REASON) String reason,
			@NotNull Instant newDueAt, @NotNull ApologyChannel sentVia) {
	}

	record Decision(@Size(max = OFFICER_ID) String actingOfficerId,
			@NotNull @Pattern(regexp = SHA256_HEX, message = "must be a lowercase hex SHA-256") String documentSha256,
			@NotNull @Valid Signature signature) {
	}

	record Result(@Size(max = OFFICER_ID) String actingOfficerId,
			@NotBlank @Size(max = RESULT_DOCUMENT_CODE) String resultDocumentCode,
			@NotBlank @Size(max = ISSUE_NUMBER) String issueNumber, @NotNull @Pattern(regexp = SHA256_HEX,
					message = "must be a lowercase hex SHA-256") String resultDocumentSha256,
			boolean electronic) {
	}

	record Delivery(@Size(max = OFFICER_ID) String actingOfficerId, @NotNull DeliveryMethod method,
			@NotBlank @Size(max = SUBJECT_REF) String recipient,
			@Size(max = AUTHORISATION_REF) String authorisationRef) {
	}

	record WithdrawalRequest(@Size(max = SUBJECT_REF) String requestedBy, @Size(max = REASON) String reason) {
	}

	record ActingOfficer(@Size(max = OFFICER_ID) String actingOfficerId) {
	}

	record Rating(@Size(max = SUBJECT_REF) String ratedBy, @Min(1) @Max(5) int score,
			@Size(max = COMMENT) String comment) {
	}

}
