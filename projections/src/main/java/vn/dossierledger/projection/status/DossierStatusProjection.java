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
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStatusQuery;
import vn.dossierledger.projection.BatchRows;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.reference.organisation.Unit;

/**
 * The dossier-status read model: one row per dossier with its national status, holder,
 * times and the citizen's next action; each change is pushed to the citizen's live
 * subscription. Every event, even one that changes nothing visible, advances the row's
 * last applied sequence. Each event the citizen may see also adds a step to the dossier's
 * timeline, in the same transaction as the row it moved, so both are applied once.
 */
@Component
@ProcessingGroup(DossierStatusProjection.PROCESSING_GROUP)
public class DossierStatusProjection {

	public static final String PROCESSING_GROUP = "dossier-status";

	private final DossierStatusStore rows;

	private final CitizenStepStore steps;

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry organisation;

	private final QueryUpdateEmitter updates;

	private final StatutoryClock statutoryClock;

	/** The rows of the current batch's dossiers, loaded once per batch. */
	private final BatchRows<DossierStatusRow> batch;

	public DossierStatusProjection(DossierStatusStore rows, CitizenStepStore steps, ProcedureCatalogue catalogue,
			OfficerRegistry organisation, QueryUpdateEmitter updates, StatutoryClock statutoryClock) {
		this.rows = rows;
		this.steps = steps;
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
		record(step(event, sequence, CitizenStep.SUBMITTED), row, null);
		emit(row, recordedAt);
	}

	@EventHandler
	void on(SubmissionSignatureVerifiedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		});
	}

	@EventHandler
	void on(IntakeSupplementRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.moveTo(DossierStatus.INTAKE_SUPPLEMENT),
				step(event, sequence, CitizenStep.INTAKE_SUPPLEMENT_REQUESTED)
					.reasoned(event.reason(), event.legalBasis())
					.askingFor(event.items()));
	}

	@EventHandler
	void on(SupplementSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.moveTo(DossierStatus.SUBMITTED),
				step(event, sequence, CitizenStep.SUPPLEMENT_SUBMITTED));
	}

	@EventHandler
	void on(IntakeRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt,
				(row) -> row.close(DossierStatus.INTAKE_REJECTED, event.occurredAt(), this.statutoryClock),
				step(event, sequence, CitizenStep.INTAKE_REJECTED).reasoned(event.reason(), event.legalBasis()));
	}

	@EventHandler
	void on(DossierReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			describeProcedure(row, row.procedureCode(), event.procedureVersion());
			row.received(event.procedureVersion(), event.occurredAt(), event.dueAt());
			row.heldBy(event.actor().id(), event.actor().unitId());
			row.moveTo(DossierStatus.RECEIVED);
		}, step(event, sequence, CitizenStep.RECEIVED));
	}

	@EventHandler
	void on(DossierTransferredEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.heldBy(event.to().officerId(), event.to().unitId());
			row.atStep(event.stepCode());
			row.moveTo(DossierStatus.IN_PROCESSING);
		}, step(event, sequence, CitizenStep.TRANSFERRED).toUnit(event.to().unitId(),
				this.organisation.unit(event.to().unitId()).map(Unit::name).orElse(null)));
	}

	@EventHandler
	void on(OpinionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		});
	}

	@EventHandler
	void on(SupplementRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.processingSupplementRequested(event.occurredAt()),
				step(event, sequence, CitizenStep.SUPPLEMENT_REQUESTED).reasoned(event.reason(), event.legalBasis())
					.askingFor(event.items()));
	}

	@EventHandler
	void on(SupplementReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.resumed(event.pausedWorkingMinutes(), this.statutoryClock);
			row.dueAt(event.newDueAt());
			row.moveTo(DossierStatus.IN_PROCESSING);
		}, step(event, sequence, CitizenStep.SUPPLEMENT_RECEIVED));
	}

	@EventHandler
	void on(FinancialObligationRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.awaitPayment(event.totalAmountVnd()),
				step(event, sequence, CitizenStep.FEE_REQUESTED).charging(event.fees(), event.totalAmountVnd()));
	}

	@EventHandler
	void on(PaymentSucceededEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.resumed(event.pausedWorkingMinutes(), this.statutoryClock);
			row.paid(event.amountVnd(), event.newDueAt());
		}, step(event, sequence, CitizenStep.PAYMENT_SUCCEEDED).amounting(event.amountVnd()));
	}

	@EventHandler
	void on(PaymentFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
		}, step(event, sequence, CitizenStep.PAYMENT_FAILED).amounting(event.amountVnd()));
	}

	@EventHandler
	void on(PaymentRefundedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.refunded(event.amountVnd()),
				step(event, sequence, CitizenStep.PAYMENT_REFUNDED).amounting(event.amountVnd()));
	}

	@EventHandler
	void on(ApologyIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.apologised(event.newDueAt()),
				step(event, sequence, CitizenStep.APOLOGY_ISSUED).reasoned(event.reason(), null));
	}

	@EventHandler
	void on(DueDateMissedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> row.dueDateMissed(event.dueAt()),
				step(event, sequence, CitizenStep.DUE_DATE_MISSED));
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
		}, step(event, sequence, CitizenStep.DECISION_SIGNED));
	}

	@EventHandler
	void on(ResultIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.close(DossierStatus.RESOLVED, event.occurredAt(), this.statutoryClock);
			row.heldBy(null, row.deskUnitId()); // the result waits at the desk for
												// collection
			row.atStep(null);
		}, step(event, sequence, CitizenStep.RESULT_ISSUED));
	}

	@EventHandler
	void on(ResultDeliveredEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, (row) -> {
			row.close(DossierStatus.DELIVERED, event.occurredAt(), this.statutoryClock);
			row.heldBy(null, null);
		}, step(event, sequence, CitizenStep.RESULT_DELIVERED));
	}

	@EventHandler
	void on(ProcessingStoppedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt,
				(row) -> row.close(DossierStatus.STOPPED, event.occurredAt(), this.statutoryClock),
				step(event, sequence, CitizenStep.PROCESSING_STOPPED).reasoned(event.reason(), event.legalBasis()));
	}

	@EventHandler
	void on(WithdrawalRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, DossierStatusRow::withdrawalRequested,
				step(event, sequence, CitizenStep.WITHDRAWAL_REQUESTED));
	}

	@EventHandler
	void on(WithdrawalAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt,
				(row) -> row.close(DossierStatus.WITHDRAWN, event.occurredAt(), this.statutoryClock),
				step(event, sequence, CitizenStep.WITHDRAWN));
	}

	@EventHandler
	void on(SatisfactionRatedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
		update(event.dossierId(), sequence, recordedAt, DossierStatusRow::rated,
				step(event, sequence, CitizenStep.RATED));
	}

	@ResetHandler
	void reset() {
		this.steps.deleteAll();
		this.rows.deleteAll();
	}

	/**
	 * Applies a change once: an event at or below the row's last applied sequence was
	 * seen already.
	 */
	private void update(String dossierId, long sequence, Instant recordedAt, Consumer<DossierStatusRow> change) {
		update(dossierId, sequence, recordedAt, change, null);
	}

	/**
	 * Applies a change once, and records it as the citizen's step (when it is one) with
	 * the status and due date it left: a redelivered event adds no second step. An event
	 * of a dossier without a row changes nothing.
	 */
	private void update(String dossierId, long sequence, Instant recordedAt, Consumer<DossierStatusRow> change,
			CitizenStepRow step) {
		this.batch.find(dossierId).filter((row) -> row.isNew(sequence)).ifPresent((row) -> {
			Instant dueBefore = row.dueAt();
			change.accept(row);
			row.applied(sequence, recordedAt);
			this.rows.save(row);
			if (step != null) {
				record(step, row, dueBefore);
			}
			emit(row, recordedAt);
		});
	}

	private void record(CitizenStepRow step, DossierStatusRow row, Instant dueBefore) {
		step.after(row, dueBefore);
		this.steps.save(step);
	}

	private static CitizenStepRow step(DossierEvent event, long sequence, CitizenStep step) {
		return new CitizenStepRow(event.dossierId(), sequence, event.occurredAt(), step);
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
	 * Pushes the new view to live subscriptions for this code and secret, or for this
	 * code and a citizen who filed it, only (Axon delivers it after the transaction
	 * commits); not during a replay.
	 */
	private void emit(DossierStatusRow row, Instant recordedAt) {
		if (replaying()) {
			return; // history retold: no subscriber waits for it, and views cost time
		}
		this.updates.emit(FindDossierStatusQuery.class,
				(query) -> row.answers(query.dossierCode(), query.lookupSecretSha256()),
				DossierStatusViews.citizenView(row));
		this.updates.emit(FindFiledDossierStatusQuery.class,
				(query) -> row.dossierCode().equals(query.dossierCode()) && row.filedBy(query.subjectRef()),
				DossierStatusViews.citizenView(row));
	}

}
