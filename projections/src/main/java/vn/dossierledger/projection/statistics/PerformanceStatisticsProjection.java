package vn.dossierledger.projection.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.projection.BatchRows;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * Builds the per-dossier fact rows of the performance statistics. Every handler is keyed
 * by the dossier and its event sequence: an event at or below the fact's last applied
 * sequence changes nothing, so redelivery and replay are harmless.
 * <p>
 * Events that cannot change an indicator (signatures, opinions, decisions, withdrawal
 * requests, failed payments, refunds) are not handled.
 */
@Component
@ProcessingGroup(PerformanceStatisticsProjection.PROCESSING_GROUP)
public class PerformanceStatisticsProjection {

	public static final String PROCESSING_GROUP = "performance-statistics";

	/** Where the dossier sits before its first transfer: the one-stop desk. */
	static final String INTAKE_STEP = "TIEP_NHAN";

	private final DossierFacts facts;

	private final ProcedureCatalogue catalogue;

	private final StatutoryClock statutoryClock;

	private final ZoneId zone;

	private final StatisticsChanges changes;

	/** The facts of the current batch's dossiers, loaded once per batch. */
	private final BatchRows<DossierFact> batch;

	public PerformanceStatisticsProjection(DossierFacts facts, ProcedureCatalogue catalogue,
			StatutoryClock statutoryClock, WorkingCalendar calendar, StatisticsChanges changes) {
		this.facts = facts;
		this.catalogue = catalogue;
		this.statutoryClock = statutoryClock;
		this.zone = calendar.zone();
		this.changes = changes;
		this.batch = new BatchRows<>(PROCESSING_GROUP, facts::findById, facts::findAllById, DossierFact::dossierId);
	}

	@EventHandler
	void on(DossierSubmittedEvent event, @SequenceNumber long sequence) {
		if (this.batch.find(event.dossierId()).isPresent()) {
			return;
		}
		Optional<Procedure> procedure = this.catalogue.version(event.procedureCode(), event.procedureVersion());
		boolean online = event.channel() == Channel.ONLINE;
		DossierFact.ProcedureTraits traits = procedure
			.map((p) -> new DossierFact.ProcedureTraits(p.fullyOnlineEligible(), p.paperResult(),
					p.fees().stream().anyMatch((fee) -> fee.amountFor(online) > 0)))
			.orElse(new DossierFact.ProcedureTraits(false, false, false));
		String agencyId = procedure.map(Procedure::agencyId).orElse("unknown");
		DossierFact fact = new DossierFact(event.dossierId(), sequence, event.procedureCode(), event.procedureVersion(),
				agencyId, event.channel(), event.occurredAt(), day(event.occurredAt()), traits);
		fact.documents(allDigitised(event.documents()), anyReused(event.documents()));
		save(fact);
		this.batch.created(fact);
	}

	@EventHandler
	void on(IntakeSupplementRequestedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt()).ifPresent((officer) -> {
				officer.countIntakeDecision(false);
				officer.countSupplementRequest();
			});
			fact.requestIntakeSupplement();
		});
	}

	@EventHandler
	void on(SupplementSubmittedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			moreDocuments(fact, event.documents());
			fact.supplementSubmitted();
		});
	}

	@EventHandler
	void on(IntakeRejectedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt()).ifPresent((officer) -> officer.countIntakeDecision(true));
			fact.rejectAtIntake(event.occurredAt());
		});
	}

	@EventHandler
	void on(DossierReceivedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt()).ifPresent((officer) -> officer.countIntakeDecision(false));
			fact.receive(event.occurredAt(), day(event.occurredAt()), event.dueAt());
			fact.takeHold(event.actor().id(), event.actor().unitId(), INTAKE_STEP, event.occurredAt());
		});
	}

	@EventHandler
	void on(DossierTransferredEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt());
			handOn(fact, event.occurredAt());
			fact.involve(event.to().officerId(), event.to().unitId(), event.occurredAt(), day(event.occurredAt()));
			fact.takeHold(event.to().officerId(), event.to().unitId(), event.stepCode(), event.occurredAt());
			fact.transferred();
		});
	}

	@EventHandler
	void on(SupplementRequestedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt()).ifPresent(OfficerInvolvement::countSupplementRequest);
			fact.requestProcessingSupplement(event.occurredAt());
		});
	}

	@EventHandler
	void on(SupplementReceivedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			moreDocuments(fact, event.documents());
			resume(fact, event.pausedWorkingMinutes());
		});
	}

	@EventHandler
	void on(FinancialObligationRequestedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			fact.feesRequested(event.totalAmountVnd());
			if (event.clockPaused()) {
				fact.pause(event.occurredAt(), DossierStatus.AWAITING_PAYMENT);
			}
		});
	}

	@EventHandler
	void on(PaymentSucceededEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			fact.paid(event.gateway().isOnline());
			if (fact.pausedSince() != null && fact.status() == DossierStatus.AWAITING_PAYMENT) {
				resume(fact, event.pausedWorkingMinutes());
			}
		});
	}

	@EventHandler
	void on(ApologyIssuedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt()).ifPresent(OfficerInvolvement::countApology);
			fact.apologise(event.newDueAt());
		});
	}

	@EventHandler
	void on(DueDateMissedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, DossierFact::missDueDate);
	}

	@EventHandler
	void on(ResultIssuedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt());
			handOn(fact, event.occurredAt());
			long worked = this.statutoryClock.workingMinutesBetween(fact.receivedAt(), event.occurredAt());
			boolean electronicFile = event.electronic() && event.resultDocumentSha256() != null;
			fact.resolve(event.occurredAt(), day(event.occurredAt()), Math.max(0, worked - fact.pausedWorkingMinutes()),
					electronicFile);
			close(fact, event.occurredAt(), DossierStatus.RESOLVED);
		});
	}

	@EventHandler
	void on(ResultDeliveredEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt());
			close(fact, event.occurredAt(), DossierStatus.DELIVERED);
			fact.deliver();
		});
	}

	@EventHandler
	void on(ProcessingStoppedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt());
			handOn(fact, event.occurredAt());
			close(fact, event.occurredAt(), DossierStatus.STOPPED);
		});
	}

	@EventHandler
	void on(WithdrawalAcceptedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> {
			officer(fact, event.actor(), event.occurredAt());
			handOn(fact, event.occurredAt());
			close(fact, event.occurredAt(), DossierStatus.WITHDRAWN);
		});
	}

	@EventHandler
	void on(SatisfactionRatedEvent event, @SequenceNumber long sequence) {
		update(event.dossierId(), sequence, (fact) -> fact.rate(event.score()));
	}

	@ResetHandler
	void reset() {
		this.facts.deleteAll();
		this.changes.changed();
	}

	private void update(String dossierId, long sequence, Consumer<DossierFact> change) {
		// A dossier whose submission this model never saw cannot be placed: ignore it.
		this.batch.find(dossierId).filter((fact) -> fact.accept(sequence)).ifPresent((fact) -> {
			change.accept(fact);
			save(fact);
		});
	}

	private void save(DossierFact fact) {
		this.facts.save(fact);
		this.changes.changed();
	}

	private void close(DossierFact fact, Instant at, DossierStatus closingStatus) {
		if (fact.closedAt() != null || fact.dueAt() == null) {
			// already closed, or never received: no statutory clock to judge
			fact.close(at, closingStatus, fact.closedOnTime());
			return;
		}
		fact.close(at, closingStatus, this.statutoryClock.closedOnTime(at, fact.awaitingSupplementSince(), fact.dueAt(),
				fact.processingSupplementRequests()));
	}

	private void resume(DossierFact fact, long pausedWorkingMinutes) {
		fact.resume(pausedWorkingMinutes, this.statutoryClock.addWorkingMinutes(fact.dueAt(), pausedWorkingMinutes));
	}

	private void handOn(DossierFact fact, Instant at) {
		StepHold hold = fact.openHold();
		if (hold != null) {
			hold.handOn(at, day(at), this.statutoryClock.workingMinutesBetween(hold.takenAt(), at));
		}
	}

	/**
	 * Records the actor's involvement. Only officers are people the oversight figures are
	 * about: applicants, gateways and the statutory clock are not.
	 */
	private Optional<OfficerInvolvement> officer(DossierFact fact, Actor actor, Instant at) {
		if (actor == null || actor.role() == null || !actor.role().isOfficer()) {
			return Optional.empty();
		}
		return Optional.of(fact.involve(actor.id(), actor.unitId(), at, day(at)));
	}

	private LocalDate day(Instant instant) {
		return instant.atZone(this.zone).toLocalDate();
	}

	private static void moreDocuments(DossierFact fact, List<SubmittedDocument> documents) {
		if (!documents.isEmpty()) {
			fact.moreDocuments(allDigitised(documents), anyReused(documents));
		}
	}

	private static boolean allDigitised(List<SubmittedDocument> documents) {
		return !documents.isEmpty() && documents.stream()
			.allMatch((document) -> document.digitised() || document.copyType() == CopyType.ELECTRONIC
					|| document.reusedFromRepository());
	}

	private static boolean anyReused(List<SubmittedDocument> documents) {
		return documents.stream().anyMatch(SubmittedDocument::reusedFromRepository);
	}

}
