package vn.dossierledger.oversight.replay;

import java.time.Instant;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.PaymentFailedEvent;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;

/**
 * Folds a dossier's events, in order, into {@link CaseState}s: the oversight's own model
 * of the process, pure Java, so that a replay does not depend on the aggregate it
 * oversees. Events that change nothing an inspector tracks (a verified submission
 * signature) leave the state as it is.
 */
public final class CaseStateModel {

	private DossierStatus status;

	private String dossierCode;

	private String procedureCode;

	private String procedureVersion;

	private Holder holder;

	private String receivedBy;

	private Instant dueAt;

	private Instant pausedSince;

	private Recommendation lastRecommendation;

	private int intakeSupplementRequests;

	private int processingSupplementRequests;

	private int apologies;

	private int failedPayments;

	private long amountDueVnd;

	private long amountPaidVnd;

	private boolean decisionSigned;

	private boolean dueDateMissed;

	private int holdingLimitsExceeded;

	private boolean withdrawalRequested;

	private Integer rating;

	/** Where a dossier returns once its fees are paid. */
	private DossierStatus statusBeforePayment;

	/**
	 * @return the state after {@code event}
	 */
	public CaseState apply(DossierEvent event) {
		if (event instanceof DossierSubmittedEvent submitted) {
			this.dossierCode = submitted.dossierCode();
			this.procedureCode = submitted.procedureCode();
			this.procedureVersion = submitted.procedureVersion();
			this.status = DossierStatus.SUBMITTED;
		}
		else if (event instanceof IntakeSupplementRequestedEvent) {
			this.intakeSupplementRequests++;
			this.status = DossierStatus.INTAKE_SUPPLEMENT;
		}
		else if (event instanceof SupplementSubmittedEvent) {
			this.status = DossierStatus.SUBMITTED;
		}
		else if (event instanceof IntakeRejectedEvent) {
			this.status = DossierStatus.INTAKE_REJECTED;
		}
		else if (event instanceof DossierReceivedEvent received) {
			this.procedureVersion = received.procedureVersion();
			this.receivedBy = received.actor().id();
			this.holder = new Holder(received.actor().id(), received.actor().unitId(), null);
			this.dueAt = received.dueAt();
			this.status = DossierStatus.RECEIVED;
		}
		else if (event instanceof DossierTransferredEvent transferred) {
			this.holder = transferred.to();
			this.status = DossierStatus.IN_PROCESSING;
		}
		else if (event instanceof OpinionRecordedEvent opinion) {
			this.lastRecommendation = opinion.recommendation();
		}
		else if (event instanceof SupplementRequestedEvent requested) {
			this.processingSupplementRequests++;
			this.pausedSince = requested.occurredAt();
			this.status = DossierStatus.AWAITING_SUPPLEMENT;
		}
		else if (event instanceof SupplementReceivedEvent received) {
			this.pausedSince = null;
			this.dueAt = received.newDueAt();
			this.status = DossierStatus.IN_PROCESSING;
		}
		else if (event instanceof FinancialObligationRequestedEvent requested) {
			this.amountDueVnd += requested.totalAmountVnd();
			// After the result, fees are collected on delivery: the dossier stays
			// resolved.
			if (this.status != DossierStatus.RESOLVED) {
				this.statusBeforePayment = this.status;
				if (requested.clockPaused()) {
					this.pausedSince = requested.occurredAt();
				}
				this.status = DossierStatus.AWAITING_PAYMENT;
			}
		}
		else if (event instanceof PaymentSucceededEvent paid) {
			this.amountPaidVnd += paid.amountVnd();
			this.pausedSince = null;
			this.dueAt = paid.newDueAt();
			if (this.status == DossierStatus.AWAITING_PAYMENT) {
				this.status = this.statusBeforePayment;
			}
		}
		else if (event instanceof PaymentFailedEvent) {
			this.failedPayments++;
		}
		else if (event instanceof PaymentRefundedEvent refunded) {
			this.amountPaidVnd -= refunded.amountVnd();
		}
		else if (event instanceof ApologyIssuedEvent apology) {
			this.apologies++;
			this.dueAt = apology.newDueAt();
		}
		else if (event instanceof DueDateMissedEvent) {
			this.dueDateMissed = true;
		}
		else if (event instanceof HoldingLimitExceededEvent) {
			this.holdingLimitsExceeded++;
		}
		else if (event instanceof DecisionSignedEvent) {
			this.decisionSigned = true;
		}
		else if (event instanceof ResultIssuedEvent) {
			this.status = DossierStatus.RESOLVED;
		}
		else if (event instanceof ResultDeliveredEvent) {
			this.status = DossierStatus.DELIVERED;
		}
		else if (event instanceof ProcessingStoppedEvent) {
			this.status = DossierStatus.STOPPED;
		}
		else if (event instanceof WithdrawalRequestedEvent) {
			this.withdrawalRequested = true;
		}
		else if (event instanceof WithdrawalAcceptedEvent) {
			this.status = DossierStatus.WITHDRAWN;
		}
		else if (event instanceof SatisfactionRatedEvent rated) {
			this.rating = rated.score();
		}
		return state();
	}

	public CaseState state() {
		return new CaseState(this.status, this.dossierCode, this.procedureCode, this.procedureVersion, this.holder,
				this.receivedBy, this.dueAt, this.pausedSince, this.lastRecommendation, this.intakeSupplementRequests,
				this.processingSupplementRequests, this.apologies, this.failedPayments, this.amountDueVnd,
				this.amountPaidVnd, this.decisionSigned, this.dueDateMissed, this.holdingLimitsExceeded,
				this.withdrawalRequested, this.rating);
	}

}
