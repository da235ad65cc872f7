package vn.dossierledger.command.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PersonalData;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;

/**
 * Request bodies of the command API. Field validation happens here (400 with each bad
 * field); business rules are the aggregate's (409/422 naming the rule). No list takes a
 * null element: it would reach the mapping below or the aggregate as a null.
 */
final class DossierRequests {

	static final String SHA256_HEX = "[0-9a-f]{64}";

	private DossierRequests() {
	}

	record Party(@NotBlank String subjectRef, @Valid PersonalData personalData) {
	}

	record Document(@NotBlank String componentCode, @NotBlank String name, @NotNull CopyType copyType,
			@NotNull @Pattern(regexp = SHA256_HEX, message = "must be a lowercase hex SHA-256") String sha256,
			boolean digitised, boolean reusedFromRepository, DetachedSignature signature) {

		SubmittedDocument toSubmitted() {
			return new SubmittedDocument(this.componentCode, this.name, this.copyType, this.sha256, this.digitised,
					this.reusedFromRepository, this.signature);
		}

		static List<SubmittedDocument> toSubmitted(List<Document> documents) {
			return documents == null ? List.of() : documents.stream().map(Document::toSubmitted).toList();
		}

	}

	record Submit(@NotBlank String procedureCode, @NotNull Channel channel,
			@Pattern(regexp = "[A-Za-z0-9.\\-]{5,64}",
					message = "letters, digits, dots and dashes, 5 to 64") String dossierCode,
			@NotNull @Valid Party applicant, @Valid Party representative, String authorisationRef,
			@NotEmpty List<@NotNull @Valid Document> documents) {
	}

	record Receive(@NotBlank String actingOfficerId, DeliveryMethod deliveryMethod) {
	}

	record Supplement(@NotBlank String actingOfficerId, @NotEmpty List<@NotNull @Valid Item> items,
			@NotBlank String reason, @NotBlank String legalBasis, String approvedByOfficerId, String overrideReason) {

		List<SupplementItem> supplementItems() {
			return this.items.stream().map(item -> new SupplementItem(item.componentCode(), item.issue())).toList();
		}

	}

	record Item(@NotBlank String componentCode, @NotBlank String issue) {
	}

	record ApplicantSupplement(@NotBlank String submittedBy, @NotEmpty List<@NotNull @Valid Document> documents) {
	}

	record ReasonedDecision(@NotBlank String actingOfficerId, @NotBlank String reason, @NotBlank String legalBasis) {
	}

	record Transfer(@NotBlank String actingOfficerId, @NotBlank String toOfficerId, @NotBlank String stepCode) {
	}

	record Opinion(@NotBlank String actingOfficerId, @NotBlank String stepCode, @NotNull Recommendation recommendation,
			String note) {
	}

	record SupplementArrival(@NotBlank String actingOfficerId, List<@NotNull @Valid Document> documents) {
	}

	record FinancialObligation(@NotBlank String actingOfficerId, @NotEmpty List<@NotNull @Valid FeeLine> fees) {
	}

	record Payment(@NotBlank String transactionId, @Positive long amountVnd, @NotNull PaymentGateway gateway,
			String eReceiptNumber, String actingOfficerId) {
	}

	record FailedPayment(@NotBlank String transactionId, long amountVnd, @NotNull PaymentGateway gateway,
			@NotBlank String reason) {
	}

	record Refund(@NotBlank String actingOfficerId, @NotBlank String reason) {
	}

	record Apology(@NotBlank String actingOfficerId, @NotBlank String reason, @NotNull Instant newDueAt,
			@NotNull ApologyChannel sentVia) {
	}

	record Decision(@NotBlank String actingOfficerId,
			@NotNull @Pattern(regexp = SHA256_HEX, message = "must be a lowercase hex SHA-256") String documentSha256,
			@NotNull DetachedSignature signature) {
	}

	record Result(@NotBlank String actingOfficerId, @NotBlank String resultDocumentCode, @NotBlank String issueNumber,
			@NotNull @Pattern(regexp = SHA256_HEX,
					message = "must be a lowercase hex SHA-256") String resultDocumentSha256,
			boolean electronic) {
	}

	record Delivery(@NotBlank String actingOfficerId, @NotNull DeliveryMethod method, @NotBlank String recipient,
			String authorisationRef) {
	}

	record WithdrawalRequest(@NotBlank String requestedBy, String reason) {
	}

	record ActingOfficer(@NotBlank String actingOfficerId) {
	}

	record Rating(@NotBlank String ratedBy, @Min(1) @Max(5) int score, String comment) {
	}

}
