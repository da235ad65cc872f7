package vn.dossierledger.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.ProcedureStep;
import vn.dossierledger.reference.catalogue.Rulebook;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.command.signature.SignatureVerifier;
import vn.dossierledger.command.uniqueness.ClaimScope;
import vn.dossierledger.command.uniqueness.UniqueClaims;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.PaymentFailedEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SignatureCheck;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;
import vn.dossierledger.events.dossier.command.AcceptWithdrawalCommand;
import vn.dossierledger.events.dossier.command.ConfirmPaymentCommand;
import vn.dossierledger.events.dossier.command.DeliverResultCommand;
import vn.dossierledger.events.dossier.command.IssueApologyCommand;
import vn.dossierledger.events.dossier.command.IssueResultCommand;
import vn.dossierledger.events.dossier.command.RateSatisfactionCommand;
import vn.dossierledger.events.dossier.command.ReceiveDossierCommand;
import vn.dossierledger.events.dossier.command.ReceiveSupplementCommand;
import vn.dossierledger.events.dossier.command.RecordFailedPaymentCommand;
import vn.dossierledger.events.dossier.command.RecordOpinionCommand;
import vn.dossierledger.events.dossier.command.RefundPaymentCommand;
import vn.dossierledger.events.dossier.command.RejectIntakeCommand;
import vn.dossierledger.events.dossier.command.RequestFinancialObligationCommand;
import vn.dossierledger.events.dossier.command.RequestIntakeSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestWithdrawalCommand;
import vn.dossierledger.events.dossier.command.SignDecisionCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;
import vn.dossierledger.events.dossier.command.SubmitSupplementCommand;
import vn.dossierledger.events.dossier.command.TransferDossierCommand;
import vn.dossierledger.reference.catalogue.DocumentComponent;

/**
 * An administrative dossier from submission to rating: the state machine and guards of
 * DOMAIN §7.1. Each command validates against named policies, then applies events; state
 * changes only in the event sourcing handlers. Reference data (catalogue, officers,
 * calendar), the clock, the signature verifier and the deadline manager are injected into
 * the handlers.
 */
@Aggregate(cache = DossierRepositoryConfiguration.CACHE,
		snapshotTriggerDefinition = DossierRepositoryConfiguration.SNAPSHOT_TRIGGER)
// Snapshots serialize the aggregate's fields with the general (Jackson) serializer.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public class Dossier {

	@AggregateIdentifier
	private String dossierId;

	private DossierStatus status;

	private String dossierCode;

	private String procedureCode;

	/** The procedure version the dossier was submitted, and later received, under. */
	private String procedureVersion;

	private Channel channel;

	private SubjectRef applicant;

	private SubjectRef representative;

	private String receivedBy;

	private Instant dueAt;

	/** The due date a {@code DueDateMissedEvent} was recorded for, if any. */
	private Instant missedDueAt;

	private Holder holder;

	/**
	 * The transfer that made the current holder (its sequence; null before any) and the
	 * step time it allotted: the holding limit of red flag F6 is computed from these.
	 */
	private Long holdingTransferSequence;

	private Instant heldSince;

	private String holdingStepCode;

	private Instant holdingStepDeadline;

	/** Working minutes the clock was paused since that transfer. */
	private long pausedMinutesWhileHeld;

	/** Whether the holding limit of that transfer was recorded as exceeded. */
	private boolean holdingLimitExceeded;

	private int intakeSupplementRequests;

	private int processingSupplementRequests;

	private int apologies;

	/**
	 * Start of the current clock pause (supplement, or payment where the procedure says
	 * so).
	 */
	private Instant pauseStartedAt;

	private DossierStatus statusBeforePayment;

	private long amountDue;

	private long amountPaid;

	private final Map<String, Long> confirmedPayments = new HashMap<>();

	/**
	 * The gateway of each confirmed payment; empty in snapshots taken before it was kept.
	 */
	private final Map<String, PaymentGateway> confirmedPaymentGateways = new HashMap<>();

	private final Set<String> refundedPayments = new HashSet<>();

	/**
	 * Transactions a gateway reported failed; empty in snapshots taken before it was
	 * kept.
	 */
	private final Set<String> failedPayments = new HashSet<>();

	private boolean decisionSigned;

	private boolean electronicResult;

	private boolean withdrawalRequested;

	private boolean rated;

	/** Axon rebuilds the aggregate from its events through this constructor. */
	protected Dossier() {
	}

	/**
	 * A command sent with a version older than the dossier's (If-Match) is refused as
	 * stale before any rule is judged: the sender decided on a dossier that has changed
	 * since. Axon loads the dossier with the expected version but, left alone, checks it
	 * only when the events are committed, after the handler's rules.
	 */
	@CommandHandlerInterceptor
	void refuseStaleVersion(CommandMessage<?> command, ConflictResolver unseenEvents) {
		unseenEvents.detectConflicts((events) -> !events.isEmpty());
	}

	// ---- Intake

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.ALWAYS)
	DossierCommandResult handle(SubmitDossierCommand command, ProcedureCatalogue catalogue, UniqueClaims claims,
			SignatureVerifier signatures, Clock clock) {
		Instant now = clock.instant();
		Procedure procedure = ProcedurePolicy.requireInForce(
				catalogue.inForce(command.procedureCode(), LocalDate.ofInstant(now, VietnamTime.ZONE)),
				command.procedureCode());
		UniqueKeyPolicy.requireUnusedDossierCode(command.dossierCode(),
				claims.ownerOf(ClaimScope.DOSSIER_CODE, command.dossierCode()));
		List<SubmittedDocument> documents = command.documents() == null ? List.of() : command.documents();
		SubmissionPolicy.requireMandatoryComponents(procedure, documents);
		SubmissionPolicy.requireSignedOnline(procedure, command.channel(), documents);
		Actor actor = command.representative() == null ? Actor.applicant(command.applicant())
				: Actor.representative(command.representative());
		apply(new DossierSubmittedEvent(command.dossierId(), command.dossierCode(), procedure.code(),
				procedure.version(), command.channel(), command.applicant(), command.applicantData(),
				command.representative(), command.representativeData(), command.authorisationRef(), documents,
				command.lookupSecretSha256(), actor, now));
		// An invalid signature does not block submission: it is recorded, and the desk
		// must answer it
		// with a reasoned refusal or supplement request (DOMAIN §4.2).
		for (SubmittedDocument document : documents) {
			if (document.signature() != null) {
				SignatureCheck check = signatures.verify(document.sha256(), document.signature(), now);
				apply(new SubmissionSignatureVerifiedEvent(command.dossierId(), document.componentCode(),
						document.sha256(), check, Actor.STATUTORY_CLOCK, now));
			}
		}
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RequestIntakeSupplementCommand command, ProcedureCatalogue catalogue,
			OfficerRegistry officers, Clock clock) {
		StatusPolicy.requireStatus(this.status, "request an intake supplement for", DossierStatus.SUBMITTED);
		Procedure procedure = procedure(catalogue);
		Actor actor = deskOfficer(officers, command.actingOfficerId(), procedure);
		Rulebook rules = procedure.rulebook();
		SupplementPolicy.requireItemisedAgainstChecklist(command.items(), procedure, this.status);
		ReasonedDecisionPolicy.requireReasonAndLegalBasis(command.reason(), command.legalBasis(), rules, this.status);
		SupplementPolicy.requireOncePerStageUnlessOverridden(this.intakeSupplementRequests,
				rules.maxIntakeSupplementRequests(), rules.maxSupplementRequestsWithOverride(),
				command.overrideReason(), rules, this.status);
		apply(new IntakeSupplementRequestedEvent(this.dossierId, List.copyOf(command.items()), command.reason(),
				command.legalBasis(), overrideIfUsed(this.intakeSupplementRequests, rules.maxIntakeSupplementRequests(),
						command.overrideReason()),
				actor, clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(SubmitSupplementCommand command, Clock clock) {
		StatusPolicy.requireStatus(this.status, "submit an intake supplement for", DossierStatus.INTAKE_SUPPLEMENT);
		Actor actor = applicantOrRepresentative(command.submittedBy());
		apply(new SupplementSubmittedEvent(this.dossierId, documentsOrEmpty(command.documents()), actor,
				clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RejectIntakeCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		StatusPolicy.requireStatus(this.status, "reject at intake", DossierStatus.SUBMITTED,
				DossierStatus.INTAKE_SUPPLEMENT);
		Procedure procedure = procedure(catalogue);
		Actor actor = deskOfficer(officers, command.actingOfficerId(), procedure);
		ReasonedDecisionPolicy.requireReasonAndLegalBasis(command.reason(), command.legalBasis(), procedure.rulebook(),
				this.status);
		apply(new IntakeRejectedEvent(this.dossierId, command.reason(), command.legalBasis(), actor, clock.instant()));
		return result();
	}

	/**
	 * Receiving a file and issuing the appointment slip are one step: a receipt without
	 * an appointment date is forbidden (DOMAIN §1.2). The procedure version in force at
	 * receipt fixes the due date for good.
	 */
	@CommandHandler
	DossierCommandResult handle(ReceiveDossierCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			StatutoryClock statutoryClock, DeadlineManager deadlines, Clock clock) {
		StatusPolicy.requireStatus(this.status, "receive", DossierStatus.SUBMITTED);
		Instant now = clock.instant();
		Procedure procedure = catalogue.inForce(this.procedureCode, LocalDate.ofInstant(now, VietnamTime.ZONE))
			.orElseGet(() -> procedure(catalogue));
		Actor actor = deskOfficer(officers, command.actingOfficerId(), procedure);
		Instant due = statutoryClock.dueAt(now, procedure.sla(), procedure.cutOffTime());
		DeliveryMethod delivery = command.deliveryMethod() == null ? DeliveryMethod.AT_DESK : command.deliveryMethod();
		apply(new DossierReceivedEvent(this.dossierId, "TN-" + this.dossierCode, procedure.version(), procedure.sla(),
				due, statutoryClock.calendarVersion(), delivery, actor, now));
		scheduleDueDate(deadlines, due);
		return result();
	}

	// ---- Processing

	@CommandHandler
	DossierCommandResult handle(TransferDossierCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			StatutoryClock statutoryClock, DeadlineManager deadlines, Clock clock) {
		StatusPolicy.requireStatus(this.status, "transfer", DossierStatus.RECEIVED, DossierStatus.IN_PROCESSING);
		Procedure procedure = procedure(catalogue);
		Actor actor;
		if (this.status == DossierStatus.RECEIVED) {
			actor = deskOfficer(officers, command.actingOfficerId(), procedure);
		}
		else {
			actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status, Role.SPECIALIST,
					Role.APPROVING_LEADER, Role.CLERK, Role.RECEIVING_OFFICER);
			ActingOfficerPolicy.requireHolderOrUnitLeader(this.holder, actor, this.status);
		}
		ProcedureStep step = ProcedurePolicy.requireStep(procedure, command.stepCode(), this.status);
		Officer receiver = ActingOfficerPolicy.requireOfficer(officers, command.toOfficerId(), this.status);
		var agency = ActingOfficerPolicy.requireCompetentAgency(officers, receiver.unitId(), procedure, this.status);
		ActingOfficerPolicy.requirePerformerOfStep(receiver, step, this.status);
		Instant now = clock.instant();
		Instant stepDeadline = statutoryClock.addWorkingMinutes(now, step.slaWorkingHours() * 60L);
		if (stepDeadline.isAfter(this.dueAt)) {
			stepDeadline = this.dueAt;
		}
		Holder from = this.holder != null ? this.holder : new Holder(actor.id(), actor.unitId(), procedure.agencyId());
		apply(new DossierTransferredEvent(this.dossierId, from,
				new Holder(receiver.id(), receiver.unitId(), agency.id()), step.code(), stepDeadline, actor, now));
		scheduleHoldingLimit(deadlines, statutoryClock, procedure.rulebook().holdingLimitFactor());
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RecordOpinionCommand command, OfficerRegistry officers, Clock clock) {
		StatusPolicy.requireStatus(this.status, "record an opinion on", DossierStatus.IN_PROCESSING);
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status, Role.SPECIALIST,
				Role.APPROVING_LEADER, Role.CLERK);
		ActingOfficerPolicy.requireHolderOrUnitLeader(this.holder, actor, this.status);
		apply(new OpinionRecordedEvent(this.dossierId, command.stepCode(), command.recommendation(), command.note(),
				actor, clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RequestSupplementCommand command, ProcedureCatalogue catalogue,
			OfficerRegistry officers, Clock clock) {
		StatusPolicy.requireStatus(this.status, "request a supplement for", DossierStatus.IN_PROCESSING);
		Procedure procedure = procedure(catalogue);
		Rulebook rules = procedure.rulebook();
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status, Role.SPECIALIST,
				Role.APPROVING_LEADER);
		ActingOfficerPolicy.requireHolderOrUnitLeader(this.holder, actor, this.status);
		SupplementPolicy.requireLeaderApproval(officers, command.approvedByOfficerId(), actor, this.status);
		SupplementPolicy.requireItemisedAgainstChecklist(command.items(), procedure, this.status);
		ReasonedDecisionPolicy.requireReasonAndLegalBasis(command.reason(), command.legalBasis(), rules, this.status);
		SupplementPolicy.requireOncePerStageUnlessOverridden(this.processingSupplementRequests,
				rules.maxProcessingSupplementRequests(), rules.maxSupplementRequestsWithOverride(),
				command.overrideReason(), rules, this.status);
		apply(new SupplementRequestedEvent(this.dossierId, List.copyOf(command.items()), command.reason(),
				command.legalBasis(), command.approvedByOfficerId(), overrideIfUsed(this.processingSupplementRequests,
						rules.maxProcessingSupplementRequests(), command.overrideReason()),
				actor, clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(ReceiveSupplementCommand command, ProcedureCatalogue catalogue,
			OfficerRegistry officers, StatutoryClock statutoryClock, DeadlineManager deadlines, Clock clock) {
		StatusPolicy.requireStatus(this.status, "receive a supplement for", DossierStatus.AWAITING_SUPPLEMENT);
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status,
				Role.RECEIVING_OFFICER, Role.SPECIALIST, Role.APPROVING_LEADER);
		ActingOfficerPolicy.requireDeskOrCompetentAgency(officers, actor, procedure(catalogue), this.status);
		Instant now = clock.instant();
		long paused = statutoryClock.workingMinutesBetween(this.pauseStartedAt, now);
		Instant newDueAt = statutoryClock.shiftForPause(this.dueAt, this.pauseStartedAt, now);
		apply(new SupplementReceivedEvent(this.dossierId, documentsOrEmpty(command.documents()), paused, newDueAt,
				actor, now));
		scheduleDueDate(deadlines, newDueAt);
		scheduleHoldingLimit(deadlines, statutoryClock, procedure(catalogue).rulebook().holdingLimitFactor());
		return result();
	}

	// ---- Fees and payments

	@CommandHandler
	DossierCommandResult handle(RequestFinancialObligationCommand command, ProcedureCatalogue catalogue,
			OfficerRegistry officers, Clock clock) {
		StatusPolicy.requireStatus(this.status, "request fees for", DossierStatus.IN_PROCESSING,
				DossierStatus.RESOLVED);
		Procedure procedure = procedure(catalogue);
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status, Role.SPECIALIST,
				Role.RECEIVING_OFFICER, Role.APPROVING_LEADER, Role.CLERK);
		ActingOfficerPolicy.requireCompetentAgency(officers, actor.unitId(), procedure, this.status);
		FeeSchedulePolicy.requireFeesMatchSchedule(command.fees(), procedure, this.channel == Channel.ONLINE,
				this.status);
		boolean pauses = procedure.rulebook().pauseClockForPayment() && this.status == DossierStatus.IN_PROCESSING;
		long total = command.fees().stream().mapToLong(FeeLine::amountVnd).sum();
		apply(new FinancialObligationRequestedEvent(this.dossierId, List.copyOf(command.fees()), total, pauses, actor,
				clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(ConfirmPaymentCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			UniqueClaims claims, StatutoryClock statutoryClock, DeadlineManager deadlines, Clock clock) {
		Long recordedAmount = this.confirmedPayments.get(command.transactionId());
		if (recordedAmount != null) {
			PaymentPolicy.requireSamePaymentAsRecorded(command.transactionId(), recordedAmount,
					this.confirmedPaymentGateways.get(command.transactionId()), command.amountVnd(), command.gateway(),
					this.status);
			return result(); // a gateway callback repeated: already recorded
		}
		StatusPolicy.requireFeesAwaited(this.status, this.amountDue, this.amountPaid, "confirm a payment for");
		UniqueKeyPolicy.requireNotOfAnotherDossier(command.transactionId(),
				claims.ownerOf(ClaimScope.PAYMENT_TRANSACTION, command.transactionId()), this.dossierId, this.status);
		PaymentPolicy.requireAmountDueCovered(command.amountVnd(), this.amountDue, this.amountPaid, this.status);
		Actor actor = command.gateway() == PaymentGateway.CASH_AT_DESK ? ActingOfficerPolicy.requireRole(officers,
				command.actingOfficerId(), this.status, Role.RECEIVING_OFFICER, Role.CLERK)
				: Actor.paymentGateway(command.gateway());
		Instant now = clock.instant();
		long paused = 0;
		Instant newDueAt = this.dueAt;
		boolean endsPause = this.pauseStartedAt != null;
		if (endsPause) {
			paused = statutoryClock.workingMinutesBetween(this.pauseStartedAt, now);
			newDueAt = statutoryClock.shiftForPause(this.dueAt, this.pauseStartedAt, now);
		}
		apply(new PaymentSucceededEvent(this.dossierId, command.transactionId(), command.amountVnd(), command.gateway(),
				command.eReceiptNumber(), paused, newDueAt, actor, now));
		if (endsPause && this.status.isOpenAfterReceipt()) {
			// Without a pause the deadlines scheduled before are still the right ones.
			scheduleDueDate(deadlines, this.dueAt);
			scheduleHoldingLimit(deadlines, statutoryClock, procedure(catalogue).rulebook().holdingLimitFactor());
		}
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RecordFailedPaymentCommand command, Clock clock) {
		if (this.confirmedPayments.containsKey(command.transactionId())) {
			return result(); // a late failure notice for a transaction that went through
		}
		if (this.failedPayments.contains(command.transactionId())) {
			return result(); // a failure callback repeated: already recorded
		}
		StatusPolicy.requireFeesAwaited(this.status, this.amountDue, this.amountPaid, "record a failed payment for");
		apply(new PaymentFailedEvent(this.dossierId, command.transactionId(), command.amountVnd(), command.gateway(),
				command.reason(), Actor.paymentGateway(command.gateway()), clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RefundPaymentCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		long amount = PaymentPolicy.requireConfirmedPayment(command.transactionId(),
				this.confirmedPayments.get(command.transactionId()), this.status);
		if (this.refundedPayments.contains(command.transactionId())) {
			return result();
		}
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status,
				Role.APPROVING_LEADER, Role.CLERK);
		ReasonedDecisionPolicy.requireReason(command.reason(), procedure(catalogue).rulebook(), this.status);
		apply(new PaymentRefundedEvent(this.dossierId, command.transactionId(), amount, command.reason(), actor,
				clock.instant()));
		return result();
	}

	// ---- Delay

	@CommandHandler
	DossierCommandResult handle(IssueApologyCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			StatutoryClock statutoryClock, DeadlineManager deadlines, Clock clock) {
		StatusPolicy.requireStatus(this.status, "apologise for", DossierStatus.RECEIVED, DossierStatus.IN_PROCESSING,
				DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT);
		Procedure procedure = procedure(catalogue);
		Rulebook rules = procedure.rulebook();
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status,
				Role.APPROVING_LEADER);
		ActingOfficerPolicy.requireCompetentAgency(officers, actor.unitId(), procedure, this.status);
		ReasonedDecisionPolicy.requireReason(command.reason(), rules, this.status);
		ApologyPolicy.requireWithinAllowedCount(this.apologies, rules.maxApologies(), this.status);
		ApologyPolicy.requireLaterDueDate(this.dueAt, command.newDueAt(), this.status);
		Instant now = clock.instant();
		ApologyPolicy.requireWithinWindow(statutoryClock.workingMinutesBetween(now, this.dueAt),
				rules.apologyWindowWorkingHours(), this.status);
		apply(new ApologyIssuedEvent(this.dossierId, command.reason(), this.dueAt, command.newDueAt(),
				command.sentVia(), actor, now));
		if (this.pauseStartedAt == null) {
			scheduleDueDate(deadlines, this.dueAt);
		}
		return result();
	}

	@DeadlineHandler(deadlineName = DueDateDeadline.NAME)
	void on(DueDateDeadline deadline, DeadlineManager deadlines, Clock clock) {
		// Deadlines are never cancelled (see scheduleDueDate). One for a due date that
		// has moved, during a pause, on a closed dossier or for a due date already
		// recorded as missed is stale: ignored.
		boolean stillRelevant = this.status.isOpenAfterReceipt() && this.pauseStartedAt == null
				&& deadline.dueAt().equals(this.dueAt) && !this.dueAt.equals(this.missedDueAt);
		if (!stillRelevant) {
			return;
		}
		if (clock.instant().isBefore(this.dueAt)) {
			// Fired early (clock skew between scheduler and ledger clock): try again at
			// the due date.
			scheduleDueDate(deadlines, this.dueAt);
			return;
		}
		apply(new DueDateMissedEvent(this.dossierId, this.dueAt, Actor.STATUTORY_CLOCK, this.dueAt));
	}

	@DeadlineHandler(deadlineName = HoldingLimitDeadline.NAME)
	void on(HoldingLimitDeadline deadline, DeadlineManager deadlines, Clock clock) {
		// Never cancelled either (see scheduleHoldingLimit). One for a transfer that no
		// longer holds the dossier, a limit moved by a pause since, during a pause, on a
		// resolved or closed dossier or for a limit already recorded is stale: ignored.
		boolean stillRelevant = this.status.isOpenAfterReceipt() && this.pauseStartedAt == null
				&& Long.valueOf(deadline.transferSequence()).equals(this.holdingTransferSequence)
				&& deadline.pausedWorkingMinutes() == this.pausedMinutesWhileHeld && !this.holdingLimitExceeded;
		if (!stillRelevant) {
			return;
		}
		if (clock.instant().isBefore(deadline.limitAt())) {
			// Fired early (clock skew between scheduler and ledger clock): try again at
			// the limit.
			deadlines.schedule(deadline.limitAt(), HoldingLimitDeadline.NAME, deadline);
			return;
		}
		apply(new HoldingLimitExceededEvent(this.dossierId, this.holder, this.holdingStepCode,
				deadline.transferSequence(), this.heldSince, deadline.factor(), deadline.limitAt(),
				Actor.STATUTORY_CLOCK, deadline.limitAt()));
	}

	// ---- Decision and result

	@CommandHandler
	DossierCommandResult handle(SignDecisionCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			SignatureVerifier signatures, Clock clock) {
		StatusPolicy.requireStatus(this.status, "sign a decision on", DossierStatus.IN_PROCESSING);
		Procedure procedure = procedure(catalogue);
		Actor actor = DecisionSignaturePolicy.requireApprover(officers, command.actingOfficerId(), procedure,
				this.status);
		DecisionSignaturePolicy.requireSeparationOfReceiverAndApprover(
				procedure.rulebook().requireSeparationOfReceiverAndApprover(), this.receivedBy, actor, this.status);
		DecisionSignaturePolicy.requireSha256(command.documentSha256(), this.status);
		DecisionSignaturePolicy.requireSignature(command.signature(), this.status);
		Instant now = clock.instant();
		SignatureCheck check = signatures.verify(command.documentSha256(), command.signature(), now);
		DecisionSignaturePolicy.requireValidSignature(check, this.status);
		DecisionSignaturePolicy.requireSignerIsActingOfficer(check, actor, this.status);
		apply(new DecisionSignedEvent(this.dossierId, command.documentSha256(), check, actor, now));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(IssueResultCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		StatusPolicy.requireStatus(this.status, "issue the result of", DossierStatus.IN_PROCESSING);
		Procedure procedure = procedure(catalogue);
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status, Role.CLERK);
		ActingOfficerPolicy.requireCompetentAgency(officers, actor.unitId(), procedure, this.status);
		DecisionSignaturePolicy.requireSignedDecision(this.decisionSigned, this.status);
		DecisionSignaturePolicy.requireSha256(command.resultDocumentSha256(), this.status);
		apply(new ResultIssuedEvent(this.dossierId, command.resultDocumentCode(), command.issueNumber(),
				command.resultDocumentSha256(), command.electronic(), actor, clock.instant()));
		return result();
	}

	/**
	 * Delivery is owed even when the dossier is late (R11); only unpaid fees hold it
	 * back.
	 */
	@CommandHandler
	DossierCommandResult handle(DeliverResultCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		StatusPolicy.requireStatus(this.status, "deliver the result of", DossierStatus.RESOLVED);
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status,
				Role.RECEIVING_OFFICER, Role.CLERK);
		ActingOfficerPolicy.requireDeskOrCompetentAgency(officers, actor, procedure(catalogue), this.status);
		DeliveryPolicy.requireFeesPaid(this.amountDue, this.amountPaid, this.status);
		DeliveryPolicy.requireElectronicResultForOnlineDelivery(command.method(), this.electronicResult, this.status);
		DeliveryPolicy.requireEntitledRecipient(command.recipient(), this.applicant, this.representative,
				command.authorisationRef(), this.status);
		apply(new ResultDeliveredEvent(this.dossierId, command.method(), command.recipient(),
				command.authorisationRef(), actor, clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(StopProcessingCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		StatusPolicy.requireStatus(this.status, "stop processing of", DossierStatus.IN_PROCESSING,
				DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT);
		Procedure procedure = procedure(catalogue);
		Actor actor = DecisionSignaturePolicy.requireApprover(officers, command.actingOfficerId(), procedure,
				this.status);
		ReasonedDecisionPolicy.requireReasonAndLegalBasis(command.reason(), command.legalBasis(), procedure.rulebook(),
				this.status);
		apply(new ProcessingStoppedEvent(this.dossierId, command.reason(), command.legalBasis(), actor,
				clock.instant()));
		return result();
	}

	// ---- Withdrawal and rating

	@CommandHandler
	DossierCommandResult handle(RequestWithdrawalCommand command, Clock clock) {
		Actor actor = applicantOrRepresentative(command.requestedBy());
		if (this.withdrawalRequested && !this.status.isTerminal()) {
			return result();
		}
		StatusPolicy.requireWithdrawable(this.status);
		apply(new WithdrawalRequestedEvent(this.dossierId, command.reason(), actor, clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(AcceptWithdrawalCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		if (this.status == DossierStatus.WITHDRAWN) {
			return result();
		}
		StatusPolicy.requirePendingWithdrawal(this.withdrawalRequested, this.status);
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status,
				Role.RECEIVING_OFFICER, Role.APPROVING_LEADER);
		ActingOfficerPolicy.requireDeskOrCompetentAgency(officers, actor, procedure(catalogue), this.status);
		apply(new WithdrawalAcceptedEvent(this.dossierId, actor, clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RateSatisfactionCommand command, Clock clock) {
		StatusPolicy.requireStatus(this.status, "rate", DossierStatus.DELIVERED);
		Actor actor = applicantOrRepresentative(command.ratedBy());
		RatingPolicy.requireNotYetRated(this.rated, this.status);
		RatingPolicy.requireScoreFromOneToFive(command.score(), this.status);
		apply(new SatisfactionRatedEvent(this.dossierId, command.score(), command.comment(), actor, clock.instant()));
		return result();
	}

	// ---- Helpers

	private Procedure procedure(ProcedureCatalogue catalogue) {
		return ProcedurePolicy.requireVersion(catalogue.version(this.procedureCode, this.procedureVersion),
				this.procedureCode, this.procedureVersion, this.status);
	}

	private Actor deskOfficer(OfficerRegistry officers, String officerId, Procedure procedure) {
		Actor actor = ActingOfficerPolicy.requireRole(officers, officerId, this.status, Role.RECEIVING_OFFICER);
		ActingOfficerPolicy.requireReceptionDesk(officers, actor, procedure, this.status);
		return actor;
	}

	private Actor applicantOrRepresentative(SubjectRef subject) {
		return ApplicantPolicy.requireApplicantOrRepresentative(subject, this.applicant, this.representative,
				this.status);
	}

	private static String overrideIfUsed(int requestsSoFar, int maxPerStage, String overrideReason) {
		return requestsSoFar >= maxPerStage ? overrideReason : null;
	}

	private static List<SubmittedDocument> documentsOrEmpty(List<SubmittedDocument> documents) {
		return documents == null ? List.of() : List.copyOf(documents);
	}

	/**
	 * Schedules the statutory deadline for a new due date without cancelling the one
	 * before: {@code cancelAllWithinScope} of the persistent deadline manager reads every
	 * scheduled deadline of the application, per command. A stale deadline fires into the
	 * handler below, which ignores it.
	 */
	private void scheduleDueDate(DeadlineManager deadlines, Instant due) {
		deadlines.schedule(due, DueDateDeadline.NAME, new DueDateDeadline(due));
	}

	/**
	 * Schedules the current holder's holding limit (F6) at a transfer, and again when a
	 * pause ends and moves it, without cancelling the one before (as
	 * {@link #scheduleDueDate}). No limit once recorded, nor for a transfer that allotted
	 * no working time.
	 */
	private void scheduleHoldingLimit(DeadlineManager deadlines, StatutoryClock statutoryClock, double factor) {
		if (this.holdingTransferSequence == null || this.holdingLimitExceeded) {
			return;
		}
		Instant limit = HoldingLimitPolicy.limitAt(statutoryClock, this.heldSince, this.holdingStepDeadline, factor,
				this.pausedMinutesWhileHeld);
		if (limit != null) {
			deadlines.schedule(limit, HoldingLimitDeadline.NAME,
					new HoldingLimitDeadline(this.holdingTransferSequence, this.pausedMinutesWhileHeld, factor, limit));
		}
	}

	private DossierCommandResult result() {
		return new DossierCommandResult(this.dossierId, AggregateLifecycle.getVersion(), this.status);
	}

	// ---- State, from events only. The version clients send back in If-Match is Axon's
	// own: the sequence of the dossier's last event.

	@EventSourcingHandler
	void on(DossierSubmittedEvent event) {
		this.dossierId = event.dossierId();
		this.dossierCode = event.dossierCode();
		this.procedureCode = event.procedureCode();
		this.procedureVersion = event.procedureVersion();
		this.channel = event.channel();
		this.applicant = event.applicant();
		this.representative = event.representative();
		this.status = DossierStatus.SUBMITTED;
	}

	@EventSourcingHandler
	void on(IntakeSupplementRequestedEvent event) {
		this.intakeSupplementRequests++;
		this.status = DossierStatus.INTAKE_SUPPLEMENT;
	}

	@EventSourcingHandler
	void on(SupplementSubmittedEvent event) {
		this.status = DossierStatus.SUBMITTED;
	}

	@EventSourcingHandler
	void on(IntakeRejectedEvent event) {
		this.status = DossierStatus.INTAKE_REJECTED;
	}

	@EventSourcingHandler
	void on(DossierReceivedEvent event) {
		this.procedureVersion = event.procedureVersion();
		this.receivedBy = event.actor().id();
		this.dueAt = event.dueAt();
		this.status = DossierStatus.RECEIVED;
	}

	@EventSourcingHandler
	void on(DossierTransferredEvent event, @SequenceNumber long sequence) {
		this.holder = event.to();
		this.holdingTransferSequence = sequence;
		this.heldSince = event.occurredAt();
		this.holdingStepCode = event.stepCode();
		this.holdingStepDeadline = event.stepDeadline();
		this.pausedMinutesWhileHeld = 0;
		this.holdingLimitExceeded = false;
		this.status = DossierStatus.IN_PROCESSING;
	}

	@EventSourcingHandler
	void on(SupplementRequestedEvent event) {
		this.processingSupplementRequests++;
		this.pauseStartedAt = event.occurredAt();
		this.status = DossierStatus.AWAITING_SUPPLEMENT;
	}

	@EventSourcingHandler
	void on(SupplementReceivedEvent event) {
		this.pauseStartedAt = null;
		this.dueAt = event.newDueAt();
		pausedWhileHeld(event.pausedWorkingMinutes());
		this.status = DossierStatus.IN_PROCESSING;
	}

	@EventSourcingHandler
	void on(FinancialObligationRequestedEvent event) {
		this.amountDue += event.totalAmountVnd();
		if (this.status == DossierStatus.RESOLVED) {
			// Collected on delivery: processing is over and stays over, the clock stopped
			// at the result.
			return;
		}
		this.statusBeforePayment = this.status;
		if (event.clockPaused()) {
			this.pauseStartedAt = event.occurredAt();
		}
		this.status = DossierStatus.AWAITING_PAYMENT;
	}

	@EventSourcingHandler
	void on(PaymentSucceededEvent event) {
		this.confirmedPayments.put(event.transactionId(), event.amountVnd());
		this.confirmedPaymentGateways.put(event.transactionId(), event.gateway());
		this.amountPaid += event.amountVnd();
		this.pauseStartedAt = null;
		this.dueAt = event.newDueAt();
		pausedWhileHeld(event.pausedWorkingMinutes());
		if (this.status == DossierStatus.AWAITING_PAYMENT) {
			this.status = this.statusBeforePayment;
		}
	}

	@EventSourcingHandler
	void on(PaymentFailedEvent event) {
		this.failedPayments.add(event.transactionId());
	}

	@EventSourcingHandler
	void on(PaymentRefundedEvent event) {
		this.refundedPayments.add(event.transactionId());
		this.amountPaid -= event.amountVnd();
	}

	@EventSourcingHandler
	void on(ApologyIssuedEvent event) {
		this.apologies++;
		this.dueAt = event.newDueAt();
	}

	@EventSourcingHandler
	void on(DueDateMissedEvent event) {
		this.missedDueAt = event.dueAt();
	}

	@EventSourcingHandler
	void on(HoldingLimitExceededEvent event) {
		if (Long.valueOf(event.transferSequence()).equals(this.holdingTransferSequence)) {
			this.holdingLimitExceeded = true;
		}
	}

	/** A pause while a transfer holds the dossier moves its holding limit on. */
	private void pausedWhileHeld(long pausedWorkingMinutes) {
		if (this.holdingTransferSequence != null) {
			this.pausedMinutesWhileHeld += pausedWorkingMinutes;
		}
	}

	@EventSourcingHandler
	void on(DecisionSignedEvent event) {
		this.decisionSigned = true;
	}

	@EventSourcingHandler
	void on(ResultIssuedEvent event) {
		this.electronicResult = event.electronic();
		this.status = DossierStatus.RESOLVED;
	}

	@EventSourcingHandler
	void on(ResultDeliveredEvent event) {
		this.status = DossierStatus.DELIVERED;
	}

	@EventSourcingHandler
	void on(ProcessingStoppedEvent event) {
		this.status = DossierStatus.STOPPED;
	}

	@EventSourcingHandler
	void on(WithdrawalRequestedEvent event) {
		this.withdrawalRequested = true;
	}

	@EventSourcingHandler
	void on(WithdrawalAcceptedEvent event) {
		this.status = DossierStatus.WITHDRAWN;
	}

	@EventSourcingHandler
	void on(SatisfactionRatedEvent event) {
		this.rated = true;
	}

}
