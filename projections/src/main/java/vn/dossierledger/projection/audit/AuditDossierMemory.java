package vn.dossierledger.projection.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
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
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;
import vn.dossierledger.projection.ReadModelRow;

/**
 * What the audit projection remembers of a dossier between its events: the fields each
 * document repeats, the status reached, the previous business time (for the working time
 * held) and the last applied sequence (a redelivered event is skipped).
 */
@Entity
@Table(name = "audit_dossier_memory")
public class AuditDossierMemory extends ReadModelRow {

	@Id
	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Column(name = "dossier_code", length = 64)
	private String dossierCode;

	@Column(name = "procedure_code", length = 32)
	private String procedureCode;

	@Column(name = "agency_id", length = 64)
	private String agencyId;

	@Column(name = "status", length = 32)
	private String status;

	@Column(name = "status_before_payment", length = 32)
	private String statusBeforePayment;

	@Column(name = "last_occurred_at")
	private Instant lastOccurredAt;

	@Column(name = "last_sequence", nullable = false)
	private long lastSequence = -1;

	/** For JPA. */
	protected AuditDossierMemory() {
	}

	AuditDossierMemory(String dossierId) {
		this.dossierId = dossierId;
	}

	@Override
	public String getId() {
		return this.dossierId;
	}

	boolean isNew(long sequence) {
		return sequence > this.lastSequence;
	}

	void describe(String dossierCode, String procedureCode, String agencyId) {
		this.dossierCode = dossierCode;
		this.procedureCode = procedureCode;
		this.agencyId = agencyId;
	}

	/** The status after the event, as the national status sync would report it. */
	void apply(DossierEvent event, long sequence) {
		DossierStatus next = statusAfter(event);
		if (next != null) {
			if (next == DossierStatus.AWAITING_PAYMENT && status() != DossierStatus.AWAITING_PAYMENT) {
				this.statusBeforePayment = this.status;
			}
			this.status = next.name();
		}
		this.lastOccurredAt = event.occurredAt();
		this.lastSequence = sequence;
	}

	private DossierStatus statusAfter(DossierEvent event) {
		if (event instanceof DossierSubmittedEvent || event instanceof SupplementSubmittedEvent) {
			return DossierStatus.SUBMITTED;
		}
		if (event instanceof IntakeSupplementRequestedEvent) {
			return DossierStatus.INTAKE_SUPPLEMENT;
		}
		if (event instanceof IntakeRejectedEvent) {
			return DossierStatus.INTAKE_REJECTED;
		}
		if (event instanceof DossierReceivedEvent) {
			return DossierStatus.RECEIVED;
		}
		if (event instanceof DossierTransferredEvent || event instanceof SupplementReceivedEvent) {
			return DossierStatus.IN_PROCESSING;
		}
		if (event instanceof SupplementRequestedEvent) {
			return DossierStatus.AWAITING_SUPPLEMENT;
		}
		if (event instanceof FinancialObligationRequestedEvent) {
			// After the result, fees are collected on delivery: the dossier stays
			// resolved.
			return (status() == DossierStatus.RESOLVED) ? null : DossierStatus.AWAITING_PAYMENT;
		}
		if (event instanceof PaymentSucceededEvent) {
			return (status() == DossierStatus.AWAITING_PAYMENT && this.statusBeforePayment != null)
					? DossierStatus.valueOf(this.statusBeforePayment) : null;
		}
		if (event instanceof ResultIssuedEvent) {
			return DossierStatus.RESOLVED;
		}
		if (event instanceof ResultDeliveredEvent) {
			return DossierStatus.DELIVERED;
		}
		if (event instanceof ProcessingStoppedEvent) {
			return DossierStatus.STOPPED;
		}
		if (event instanceof WithdrawalAcceptedEvent) {
			return DossierStatus.WITHDRAWN;
		}
		if (event instanceof SubmissionSignatureVerifiedEvent || event instanceof OpinionRecordedEvent
				|| event instanceof PaymentFailedEvent || event instanceof PaymentRefundedEvent
				|| event instanceof ApologyIssuedEvent || event instanceof DueDateMissedEvent
				|| event instanceof HoldingLimitExceededEvent || event instanceof DecisionSignedEvent
				|| event instanceof WithdrawalRequestedEvent || event instanceof SatisfactionRatedEvent) {
			return null; // no change of status
		}
		throw new IllegalArgumentException("Unknown event " + event.getClass().getName());
	}

	String dossierId() {
		return this.dossierId;
	}

	String dossierCode() {
		return this.dossierCode;
	}

	String procedureCode() {
		return this.procedureCode;
	}

	String agencyId() {
		return this.agencyId;
	}

	DossierStatus status() {
		return (this.status != null) ? DossierStatus.valueOf(this.status) : null;
	}

	/**
	 * The business time of the dossier's previous event, {@code null} before the first.
	 */
	Instant lastOccurredAt() {
		return this.lastOccurredAt;
	}

}
