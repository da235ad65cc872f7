package vn.dossierledger.projection.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.PaymentFailedEvent;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;

/**
 * What an event says for the audit: its type, its step and its free text, plus the
 * officers it names besides the actor (whose display names become searchable). Personal
 * data of applicants never enters: the submission's personal data and the rating's
 * comment (the citizen's own words) are left out.
 *
 * @param texts non-blank pieces of free text in the event's order
 * @param namedOfficerIds officers the event names other than its actor
 */
record AuditEventFacts(String eventType, String stepCode, List<String> texts, List<String> namedOfficerIds) {

	private static final String EVENT_SUFFIX = "Event";

	static AuditEventFacts of(DossierEvent event) {
		String type = typeOf(event);
		if (event instanceof DossierSubmittedEvent submitted) {
			return new AuditEventFacts(type, null, texts(documentNames(submitted.documents())), List.of());
		}
		if (event instanceof SubmissionSignatureVerifiedEvent verified) {
			return new AuditEventFacts(type, null, texts(verified.componentCode(),
					verified.result().valid() ? null : verified.result().failureReason()), List.of());
		}
		if (event instanceof IntakeSupplementRequestedEvent requested) {
			return new AuditEventFacts(type, null, texts(items(requested.items()), requested.reason(),
					requested.legalBasis(), requested.overrideReason()), List.of());
		}
		if (event instanceof SupplementSubmittedEvent submitted) {
			return new AuditEventFacts(type, null, texts(documentNames(submitted.documents())), List.of());
		}
		if (event instanceof IntakeRejectedEvent rejected) {
			return new AuditEventFacts(type, null, texts(rejected.reason(), rejected.legalBasis()), List.of());
		}
		if (event instanceof DossierReceivedEvent received) {
			return new AuditEventFacts(type, null, texts(received.receiptNumber()), List.of());
		}
		if (event instanceof DossierTransferredEvent transferred) {
			return new AuditEventFacts(type, transferred.stepCode(), texts(transferred.stepCode()),
					officers(transferred.from().officerId(), transferred.to().officerId()));
		}
		if (event instanceof OpinionRecordedEvent opinion) {
			return new AuditEventFacts(type, opinion.stepCode(),
					texts(String.valueOf(opinion.recommendation()), opinion.note()), List.of());
		}
		if (event instanceof SupplementRequestedEvent requested) {
			return new AuditEventFacts(type, null, texts(items(requested.items()), requested.reason(),
					requested.legalBasis(), requested.overrideReason()), officers(requested.approvedBy()));
		}
		if (event instanceof SupplementReceivedEvent received) {
			return new AuditEventFacts(type, null, texts(documentNames(received.documents())), List.of());
		}
		if (event instanceof FinancialObligationRequestedEvent requested) {
			return new AuditEventFacts(type, null,
					texts(requested.fees().stream().map(FeeLine::name).toArray(String[]::new)), List.of());
		}
		if (event instanceof PaymentFailedEvent failed) {
			return new AuditEventFacts(type, null, texts(failed.reason()), List.of());
		}
		if (event instanceof PaymentRefundedEvent refunded) {
			return new AuditEventFacts(type, null, texts(refunded.reason()), List.of());
		}
		if (event instanceof ApologyIssuedEvent apology) {
			return new AuditEventFacts(type, null, texts(apology.reason()), List.of());
		}
		if (event instanceof DecisionSignedEvent signed) {
			return new AuditEventFacts(type, null,
					texts(signed.signature().valid() ? null : signed.signature().failureReason()), List.of());
		}
		if (event instanceof ResultIssuedEvent issued) {
			return new AuditEventFacts(type, null, texts(issued.resultDocumentCode(), issued.issueNumber()), List.of());
		}
		if (event instanceof ProcessingStoppedEvent stopped) {
			return new AuditEventFacts(type, null, texts(stopped.reason(), stopped.legalBasis()), List.of());
		}
		if (event instanceof HoldingLimitExceededEvent exceeded) {
			// Recorded by the statutory clock: the officer held too long is named, so
			// that
			// a search by name finds it.
			return new AuditEventFacts(type, exceeded.stepCode(), texts(exceeded.stepCode()),
					officers(exceeded.holder().officerId()));
		}
		if (event instanceof WithdrawalRequestedEvent withdrawal) {
			return new AuditEventFacts(type, null, texts(withdrawal.reason()), List.of());
		}
		if (event instanceof PaymentSucceededEvent || event instanceof DueDateMissedEvent
				|| event instanceof ResultDeliveredEvent || event instanceof WithdrawalAcceptedEvent
				|| event instanceof SatisfactionRatedEvent) {
			// Nothing to search beyond type and actor; the rating's comment is the
			// citizen's own words and may hold personal data.
			return new AuditEventFacts(type, null, List.of(), List.of());
		}
		throw new IllegalArgumentException("No audit facts for " + event.getClass().getName());
	}

	/** {@code DossierTransferredEvent} → {@code DossierTransferred}. */
	static String typeOf(DossierEvent event) {
		String name = event.getClass().getSimpleName();
		return name.endsWith(EVENT_SUFFIX) ? name.substring(0, name.length() - EVENT_SUFFIX.length()) : name;
	}

	private static String[] documentNames(List<SubmittedDocument> documents) {
		return (documents == null) ? new String[0]
				: documents.stream().map(SubmittedDocument::name).toArray(String[]::new);
	}

	private static String items(List<SupplementItem> items) {
		if (items == null || items.isEmpty()) {
			return null;
		}
		return String.join("; ", items.stream().map((item) -> item.componentCode() + ": " + item.issue()).toList());
	}

	private static List<String> texts(Object... pieces) {
		List<String> texts = new ArrayList<>();
		for (Object piece : pieces) {
			if (piece instanceof String[] many) {
				texts.addAll(texts((Object[]) many));
			}
			else if (piece instanceof String text && !text.isBlank()) {
				texts.add(text.strip());
			}
		}
		return List.copyOf(texts);
	}

	private static List<String> officers(String... ids) {
		return Stream.of(ids).filter(Objects::nonNull).distinct().toList();
	}

}
