package vn.dossierledger.projection.status;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
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
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.projection.BatchRows;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The dossier-status read model: one row per dossier with its national status, holder,
 * times and the citizen's next action; each change is pushed to the citizen's live
 * subscription. Every event, even one that changes nothing visible, advances the row's
 * last applied sequence.
 */
@Component
@ProcessingGroup(DossierStatusProjection.PROCESSING_GROUP)
public class DossierStatusProjection {

	public static final String PROCESSING_GROUP = "dossier-status";

	private final DossierStatusStore rows;

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry organisation;

	private final QueryUpdateEmitter updates;

	private final StatutoryClock statutoryClock;

	/** The rows of the current batch's dossiers, loaded once per batch. */
	private final BatchRows<DossierStatusRow> batch;

	public DossierStatusProjection(DossierStatusStore rows, ProcedureCatalogue catalogue, OfficerRegistry organisation,
			QueryUpdateEmitter updates, StatutoryClock statutoryClock) {
		this.rows = rows;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.updates = updates;
		this.statutoryClock = statutoryClock;
		this.batch = new BatchRows<>(PROCESSING_GROUP, rows::findById, rows::findAllById, DossierStatusRow::dossierId);
	}

	@EventHandler
	void on(DossierSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		if (this.batch.find(event.dossierId()).isPresent()) {
			return; // redelivered
		}
		DossierStatusRow row = new DossierStatusRow(event.dossierId(), event.dossierCode(), event.lookupSecretSha256(),
				event.applicant().value(),
				Optional.ofNullable(event.representative()).map(SubjectRef::value).orElse(null), event.channel().name(),
				event.occurredAt());
		describeProcedure(row, event.procedureCode(), event.procedureVersion());
		row.heldBy(null, row.deskUnitId()); // awaiting intake at the desk
		row.applied(sequence, recordedAt);
		this.rows.save(row);
		this.batch.created(row);
		emit(row, recordedAt);
	}

	@EventHandler
	void on(SubmissionSignatureVerifiedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		});
	}

	@EventHandler
	void on(IntakeSupplementRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.moveTo(DossierStatus.INTAKE_SUPPLEMENT));
	}

	@EventHandler
	void on(SupplementSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.moveTo(DossierStatus.SUBMITTED));
	}

	@EventHandler
	void on(IntakeRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt,
				(row) -> row.close(DossierStatus.INTAKE_REJECTED, event.occurredAt(), this.statutoryClock));
	}

	@EventHandler
	void on(DossierReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			describeProcedure(row, row.procedureCode(), event.procedureVersion());
			row.received(event.procedureVersion(), event.occurredAt(), event.dueAt());
			row.heldBy(event.actor().id(), event.actor().unitId());
			row.moveTo(DossierStatus.RECEIVED);
		});
	}

	@EventHandler
	void on(DossierTransferredEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.heldBy(event.to().officerId(), event.to().unitId());
			row.atStep(event.stepCode());
			row.moveTo(DossierStatus.IN_PROCESSING);
		});
	}

	@EventHandler
	void on(OpinionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		});
	}

	@EventHandler
	void on(SupplementRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.processingSupplementRequested(event.occurredAt()));
	}

	@EventHandler
	void on(SupplementReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.resumed(event.pausedWorkingMinutes(), this.statutoryClock);
			row.dueAt(event.newDueAt());
			row.moveTo(DossierStatus.IN_PROCESSING);
		});
	}

	@EventHandler
	void on(FinancialObligationRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.awaitPayment(event.totalAmountVnd()));
	}

	@EventHandler
	void on(PaymentSucceededEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.resumed(event.pausedWorkingMinutes(), this.statutoryClock);
			row.paid(event.amountVnd(), event.newDueAt());
		});
	}

	@EventHandler
	void on(PaymentFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		});
	}

	@EventHandler
	void on(PaymentRefundedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.refunded(event.amountVnd()));
	}

	@EventHandler
	void on(ApologyIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.apologised(event.newDueAt()));
	}

	@EventHandler
	void on(DueDateMissedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.dueDateMissed(event.dueAt()));
	}

	/** An oversight fact (red flag F6): nothing the citizen's status shows changes. */
	@EventHandler
	void on(HoldingLimitExceededEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		});
	}

	@EventHandler
	void on(DecisionSignedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		});
	}

	@EventHandler
	void on(ResultIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.close(DossierStatus.RESOLVED, event.occurredAt(), this.statutoryClock);
			row.heldBy(null, row.deskUnitId()); // the result waits at the desk for
												// collection
			row.atStep(null);
		});
	}

	@EventHandler
	void on(ResultDeliveredEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.close(DossierStatus.DELIVERED, event.occurredAt(), this.statutoryClock);
			row.heldBy(null, null);
		});
	}

	@EventHandler
	void on(ProcessingStoppedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt,
				(row) -> row.close(DossierStatus.STOPPED, event.occurredAt(), this.statutoryClock));
	}

	@EventHandler
	void on(WithdrawalRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, DossierStatusRow::withdrawalRequested);
	}

	@EventHandler
	void on(WithdrawalAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt,
				(row) -> row.close(DossierStatus.WITHDRAWN, event.occurredAt(), this.statutoryClock));
	}

	@EventHandler
	void on(SatisfactionRatedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, DossierStatusRow::rated);
	}

	@ResetHandler
	void reset() {
		this.rows.deleteAll();
	}

	/**
	 * Applies a change once: an event at or below the row's last applied sequence was
	 * seen already.
	 */
	private void update(String dossierId, long sequence, Instant recordedAt, Consumer<DossierStatusRow> change) {
		this.batch.find(dossierId).filter((row) -> row.isNew(sequence)).ifPresent((row) -> {
			change.accept(row);
			row.applied(sequence, recordedAt);
			this.rows.save(row);
			emit(row, recordedAt);
		});
	}

	private void describeProcedure(DossierStatusRow row, String procedureCode, String procedureVersion) {
		Optional<Procedure> procedure = this.catalogue.version(procedureCode, procedureVersion);
		Optional<Agency> agency = procedure.map(Procedure::agencyId).flatMap(this.organisation::agency);
		row.procedure(procedureCode, procedureVersion, procedure.map(Procedure::name).orElse(null),
				procedure.map(Procedure::agencyId).orElse(null), agency.map(Agency::name).orElse(null),
				agency.map(Agency::receptionUnitId).orElse(null));
	}

	private static boolean replaying() {
		return CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
	}

	/**
	 * Pushes the new view to live subscriptions for this code and secret only (Axon
	 * delivers it after the transaction commits); not during a replay.
	 */
	private void emit(DossierStatusRow row, Instant recordedAt) {
		if (replaying()) {
			return; // history retold: no subscriber waits for it, and views cost time
		}
		this.updates.emit(FindDossierStatusQuery.class,
				(query) -> row.answers(query.dossierCode(), query.lookupSecretSha256()),
				DossierStatusViews.citizenView(row));
	}

}
