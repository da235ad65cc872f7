package vn.dossierledger.events.dossier;

import java.time.Instant;

/**
 * Everything that can happen to a dossier, as a closed list. Each event names the acting
 * person (legal record) and its business time; the time it was recorded is the event
 * message's timestamp.
 */
public sealed interface DossierEvent
		permits DossierSubmittedEvent, SubmissionSignatureVerifiedEvent, DossierReceivedEvent,
		IntakeSupplementRequestedEvent, SupplementSubmittedEvent, IntakeRejectedEvent, DossierTransferredEvent,
		OpinionRecordedEvent, SupplementRequestedEvent, SupplementReceivedEvent, FinancialObligationRequestedEvent,
		PaymentSucceededEvent, PaymentFailedEvent, PaymentRefundedEvent, ApologyIssuedEvent, DecisionSignedEvent,
		ResultIssuedEvent, ResultDeliveredEvent, ProcessingStoppedEvent, WithdrawalRequestedEvent,
		WithdrawalAcceptedEvent, SatisfactionRatedEvent, DueDateMissedEvent, HoldingLimitExceededEvent {

	String dossierId();

	Actor actor();

	Instant occurredAt();

}
