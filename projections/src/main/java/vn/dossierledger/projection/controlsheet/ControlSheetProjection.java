package vn.dossierledger.projection.controlsheet;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.projection.BatchRows;
import vn.dossierledger.projection.controlsheet.HandOverRow.Party;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.ProcedureStep;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ): a header per
 * dossier and one row per hand-over — the receipt from the applicant, each transfer, the
 * result sent to the desk and its delivery. A new hand-over closes the previous row with
 * its outcome against the step deadline and the working time held. Events that move no
 * file (opinions, payments without a new due date, …) are not handled, so they need no
 * sequence bookkeeping: handled events still arrive in aggregate order.
 */
@Component
@ProcessingGroup(ControlSheetProjection.PROCESSING_GROUP)
public class ControlSheetProjection {

	public static final String PROCESSING_GROUP = "control-sheet";

	/** The result waits at the desk for collection: no officer holds it. */
	static final String RESULT_STEP = "TRA_KET_QUA";

	private final ControlSheetStore sheets;

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry organisation;

	private final StatutoryClock clock;

	/** The sheets of the current batch's dossiers, loaded once per batch. */
	private final BatchRows<ControlSheet> batch;

	public ControlSheetProjection(ControlSheetStore sheets, ProcedureCatalogue catalogue, OfficerRegistry organisation,
			StatutoryClock clock) {
		this.sheets = sheets;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.clock = clock;
		this.batch = new BatchRows<>(PROCESSING_GROUP, sheets::findById, sheets::findAllById, ControlSheet::dossierId);
	}

	@EventHandler
	void on(DossierSubmittedEvent event, @SequenceNumber long sequence) {
		if (this.batch.find(event.dossierId()).isPresent()) {
			return; // redelivered
		}
		ControlSheet sheet = new ControlSheet(event.dossierId(), event.dossierCode(), event.applicant().value(),
				event.actor().id(), event.procedureCode(), event.procedureVersion());
		Optional<Agency> agency = procedure(sheet).map(Procedure::agencyId).flatMap(this.organisation::agency);
		sheet.resolvingAgency(agency.map(Agency::id).orElse(null), agency.map(Agency::name).orElse(null));
		sheet.applied(sequence);
		this.sheets.save(sheet);
		this.batch.created(sheet);
	}

	/**
	 * The first hand-over: the desk receives the file from the applicant. Its deadline is
	 * the desk's own step (performed by a receiving officer), when the procedure has one.
	 */
	@EventHandler
	void on(DossierReceivedEvent event, @SequenceNumber long sequence) {
		update(event, sequence, (sheet) -> {
			sheet.received(event.procedureVersion(), event.occurredAt(), event.dueAt());
			Optional<ProcedureStep> deskStep = procedure(sheet).flatMap((procedure) -> procedure.steps()
				.stream()
				.findFirst()
				.filter((step) -> step.performedBy() == Role.RECEIVING_OFFICER));
			Instant deadline = deskStep.map((step) -> stepDeadline(event.occurredAt(), step, event.dueAt()))
				.orElse(null);
			sheet.handOver(new HandOverRow(HandOverKind.RECEIPT, new Party(sheet.submitterRef(), null, null, null),
					officer(event.actor().id(), event.actor().unitId()), event.occurredAt(),
					deskStep.map(ProcedureStep::code).orElse(null), deskStep.map(ProcedureStep::name).orElse(null),
					deadline), this.clock);
		});
	}

	@EventHandler
	void on(DossierTransferredEvent event, @SequenceNumber long sequence) {
		update(event, sequence,
				(sheet) -> sheet.handOver(new HandOverRow(HandOverKind.TRANSFER, party(event.from()), party(event.to()),
						event.occurredAt(), event.stepCode(), stepName(sheet, event.stepCode()), event.stepDeadline()),
						this.clock));
	}

	@EventHandler
	void on(SupplementReceivedEvent event, @SequenceNumber long sequence) {
		update(event, sequence, (sheet) -> sheet.dueAt(event.newDueAt()));
	}

	@EventHandler
	void on(PaymentSucceededEvent event, @SequenceNumber long sequence) {
		update(event, sequence, (sheet) -> sheet.dueAt(event.newDueAt()));
	}

	@EventHandler
	void on(ApologyIssuedEvent event, @SequenceNumber long sequence) {
		update(event, sequence, (sheet) -> sheet.dueAt(event.newDueAt()));
	}

	/**
	 * The clerk sends the result to the desk. Collection depends on the citizen, so that
	 * row has no step deadline and no outcome (R11: delivery is owed even when late).
	 */
	@EventHandler
	void on(ResultIssuedEvent event, @SequenceNumber long sequence) {
		update(event, sequence, (sheet) -> {
			String deskUnitId = procedure(sheet).map(Procedure::agencyId)
				.flatMap(this.organisation::agency)
				.map(Agency::receptionUnitId)
				.orElse(null);
			sheet.handOver(
					new HandOverRow(HandOverKind.RESULT_ISSUED, officer(event.actor().id(), event.actor().unitId()),
							officer(null, deskUnitId), event.occurredAt(), RESULT_STEP, null, null),
					this.clock);
		});
	}

	@EventHandler
	void on(ResultDeliveredEvent event, @SequenceNumber long sequence) {
		update(event, sequence,
				(sheet) -> sheet.handOver(new HandOverRow(HandOverKind.RESULT_DELIVERED,
						officer(event.actor().id(), event.actor().unitId()),
						new Party(event.recipient().value(), null, null, null), event.occurredAt(), RESULT_STEP, null,
						null), this.clock));
	}

	@ResetHandler
	void reset() {
		this.sheets.deleteAll();
	}

	private void update(DossierEvent event, long sequence, Consumer<ControlSheet> change) {
		this.batch.find(event.dossierId()).filter((sheet) -> sheet.isNew(sequence)).ifPresent((sheet) -> {
			change.accept(sheet);
			sheet.applied(sequence);
			this.sheets.save(sheet);
		});
	}

	/**
	 * As the command side computes it for a transfer: the step SLA, never past the due
	 * date.
	 */
	private Instant stepDeadline(Instant from, ProcedureStep step, Instant dueAt) {
		Instant deadline = this.clock.addWorkingMinutes(from, step.slaWorkingHours() * 60L);
		return (dueAt != null && deadline.isAfter(dueAt)) ? dueAt : deadline;
	}

	private Optional<Procedure> procedure(ControlSheet sheet) {
		return this.catalogue.version(sheet.procedureCode(), sheet.procedureVersion());
	}

	private String stepName(ControlSheet sheet, String stepCode) {
		return procedure(sheet).flatMap((procedure) -> procedure.step(stepCode)).map(ProcedureStep::name).orElse(null);
	}

	private Party party(Holder holder) {
		Optional<Agency> agency = this.organisation.agency(holder.agencyId());
		return new Party(holder.officerId(), holder.unitId(), holder.agencyId(), agency.map(Agency::name).orElse(null));
	}

	private Party officer(String officerId, String unitId) {
		Optional<Agency> agency = (unitId != null) ? this.organisation.agencyOfUnit(unitId) : Optional.empty();
		return new Party(officerId, unitId, agency.map(Agency::id).orElse(null), agency.map(Agency::name).orElse(null));
	}

}
