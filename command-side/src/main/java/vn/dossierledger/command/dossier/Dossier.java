package vn.dossierledger.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import vn.dossierledger.command.signature.SignatureVerifier;
import vn.dossierledger.command.uniqueness.ClaimScope;
import vn.dossierledger.command.uniqueness.UniqueClaims;
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
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.DocumentComponent;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.ProcedureStep;
import vn.dossierledger.reference.catalogue.Rulebook;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

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

	/** Statutory dates are Vietnamese calendar dates. */
	static final ZoneId LEGAL_TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Statuses from which the applicant may withdraw (DOMAIN §7.1). */
	private static final Set<DossierStatus> WITHDRAWABLE = Collections
		.unmodifiableSet(EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.INTAKE_SUPPLEMENT, DossierStatus.RECEIVED,
				DossierStatus.IN_PROCESSING, DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT));

	@AggregateIdentifier
	private String dossierId;

	private long version;

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
		Procedure procedure = catalogue.inForce(command.procedureCode(), LocalDate.ofInstant(now, LEGAL_TIME_ZONE))
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.UNKNOWN_PROCEDURE, null,
					"No procedure " + command.procedureCode() + " in force"));
		if (claims.ownerOf(ClaimScope.DOSSIER_CODE, command.dossierCode()).isPresent()) {
			// Which dossier holds it stays unsaid: a submitter must not learn another
			// dossier's id.
			throw new DossierRuleViolation(DossierRule.DOSSIER_CODE_TAKEN, null,
					"Dossier code " + command.dossierCode() + " is already used by another dossier");
		}
		List<SubmittedDocument> documents = command.documents() == null ? List.of() : command.documents();
		requireMandatoryComponents(procedure, documents);
		boolean signatureRequired = procedure.signatureRequired() && command.channel() == Channel.ONLINE;
		if (signatureRequired && documents.stream().anyMatch(document -> document.signature() == null)) {
			throw new DossierRuleViolation(DossierRule.SIGNATURE_REQUIRED, null,
					"Procedure " + procedure.code() + " requires every document of an online submission to be signed");
		}
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

	private static void requireMandatoryComponents(Procedure procedure, List<SubmittedDocument> documents) {
		Set<String> supplied = new HashSet<>();
		documents.forEach(document -> supplied.add(document.componentCode()));
		for (DocumentComponent component : procedure.components()) {
			if (component.mandatory() && !supplied.contains(component.code())) {
				throw new DossierRuleViolation(DossierRule.MANDATORY_DOCUMENT_MISSING, null,
						"Mandatory component " + component.code() + " (" + component.name() + ") is missing");
			}
		}
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
		Procedure procedure = catalogue.inForce(this.procedureCode, LocalDate.ofInstant(now, LEGAL_TIME_ZONE))
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
		ProcedureStep step = procedure.step(command.stepCode())
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.UNKNOWN_STEP, this.status,
					"Procedure " + procedure.code() + " has no step " + command.stepCode()));
		Officer receiver = ActingOfficerPolicy.requireOfficer(officers, command.toOfficerId(), this.status);
		var agency = ActingOfficerPolicy.requireCompetentAgency(officers, receiver.unitId(), procedure, this.status);
		if (!receiver.holds(step.performedBy())) {
			throw new DossierRuleViolation(DossierRule.OFFICER_ROLE_REQUIRED, this.status, "Step " + step.code()
					+ " is performed by a " + step.performedBy() + "; officer " + receiver.id() + " is not one");
		}
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
		requireLeaderApproval(officers, command.approvedByOfficerId(), actor);
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

	private void requireLeaderApproval(OfficerRegistry officers, String approverId, Actor requester) {
		Officer approver = officers.officer(approverId == null ? "" : approverId)
			.filter(candidate -> candidate.holds(Role.APPROVING_LEADER))
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL, this.status,
					"A processing-stage supplement request must be approved by an approving leader"));
		var approverAgency = officers.agencyOfUnit(approver.unitId()).orElseThrow();
		var requesterAgency = officers.agencyOfUnit(requester.unitId()).orElseThrow();
		if (!approverAgency.id().equals(requesterAgency.id())) {
			throw new DossierRuleViolation(DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL, this.status,
					"Leader " + approver.id() + " is not of the requesting officer's agency");
		}
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
		requireFeesAwaited("confirm a payment for");
		PaymentPolicy.requireNotOfAnotherDossier(command.transactionId(),
				claims.ownerOf(ClaimScope.PAYMENT_TRANSACTION, command.transactionId()), this.dossierId, this.status);
		long outstanding = this.amountDue - this.amountPaid;
		if (command.amountVnd() < outstanding) {
			throw new DossierRuleViolation(DossierRule.PAYMENT_BELOW_AMOUNT_DUE, this.status,
					"Paid " + command.amountVnd() + " VND of " + outstanding + " VND due");
		}
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
		requireFeesAwaited("record a failed payment for");
		apply(new PaymentFailedEvent(this.dossierId, command.transactionId(), command.amountVnd(), command.gateway(),
				command.reason(), Actor.paymentGateway(command.gateway()), clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(RefundPaymentCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		Long amount = this.confirmedPayments.get(command.transactionId());
		if (amount == null) {
			throw new DossierRuleViolation(DossierRule.UNKNOWN_TRANSACTION, this.status,
					"No confirmed payment " + command.transactionId() + " on this dossier");
		}
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
		Actor actor = approver(officers, command.actingOfficerId(), procedure);
		DecisionSignaturePolicy.requireSeparationOfReceiverAndApprover(
				procedure.rulebook().requireSeparationOfReceiverAndApprover(), this.receivedBy, actor, this.status);
		DecisionSignaturePolicy.requireSha256(command.documentSha256(), this.status);
		if (command.signature() == null) {
			throw new DossierRuleViolation(DossierRule.DECISION_SIGNATURE_INVALID, this.status,
					"A decision must carry the leader's digital signature");
		}
		Instant now = clock.instant();
		SignatureCheck check = signatures.verify(command.documentSha256(), command.signature(), now);
		DecisionSignaturePolicy.requireValidSignature(check, this.status);
		DecisionSignaturePolicy.requireSignerIsActingOfficer(check, actor, this.status);
		apply(new DecisionSignedEvent(this.dossierId, command.documentSha256(), check, actor, now));
		return result();
	}

	private Actor approver(OfficerRegistry officers, String officerId, Procedure procedure) {
		Officer officer = ActingOfficerPolicy.requireOfficer(officers, officerId, this.status);
		if (!officer.holds(Role.APPROVING_LEADER)) {
			throw new DossierRuleViolation(DossierRule.APPROVER_ONLY_SIGNS, this.status,
					"Only an approving leader signs a decision; officer " + officerId + " is not one");
		}
		ActingOfficerPolicy.requireCompetentAgency(officers, officer.unitId(), procedure, this.status);
		return new Actor(officer.id(), Role.APPROVING_LEADER, officer.unitId());
	}

	@CommandHandler
	DossierCommandResult handle(IssueResultCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		StatusPolicy.requireStatus(this.status, "issue the result of", DossierStatus.IN_PROCESSING);
		Procedure procedure = procedure(catalogue);
		Actor actor = ActingOfficerPolicy.requireRole(officers, command.actingOfficerId(), this.status, Role.CLERK);
		ActingOfficerPolicy.requireCompetentAgency(officers, actor.unitId(), procedure, this.status);
		if (!this.decisionSigned) {
			throw new DossierRuleViolation(DossierRule.SIGNED_DECISION_REQUIRED, this.status,
					"A result is issued only on a signed decision");
		}
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
		if (this.amountPaid < this.amountDue) {
			throw new DossierRuleViolation(DossierRule.FEES_OUTSTANDING, this.status,
					(this.amountDue - this.amountPaid) + " VND are still due");
		}
		if (command.method() == DeliveryMethod.ONLINE && !this.electronicResult) {
			throw new DossierRuleViolation(DossierRule.ELECTRONIC_RESULT_REQUIRED_FOR_ONLINE_DELIVERY, this.status,
					"Only an electronic result can be delivered online");
		}
		boolean entitled = Objects.equals(command.recipient(), this.applicant)
				|| Objects.equals(command.recipient(), this.representative)
				|| !ReasonedDecisionPolicy.isBlank(command.authorisationRef());
		if (command.recipient() == null || !entitled) {
			throw new DossierRuleViolation(DossierRule.RECIPIENT_MUST_BE_ENTITLED, this.status,
					"The recipient must be the applicant, the representative, or hold a recorded authorisation");
		}
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
		Actor actor = approver(officers, command.actingOfficerId(), procedure);
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
		StatusPolicy.requireStatus(this.status, "withdraw", WITHDRAWABLE.toArray(DossierStatus[]::new));
		apply(new WithdrawalRequestedEvent(this.dossierId, command.reason(), actor, clock.instant()));
		return result();
	}

	@CommandHandler
	DossierCommandResult handle(AcceptWithdrawalCommand command, ProcedureCatalogue catalogue, OfficerRegistry officers,
			Clock clock) {
		if (this.status == DossierStatus.WITHDRAWN) {
			return result();
		}
		// A request made earlier lapses once the result is issued: accept only where a
		// request could be made.
		if (!this.withdrawalRequested || !WITHDRAWABLE.contains(this.status)) {
			throw new DossierRuleViolation(DossierRule.ILLEGAL_TRANSITION, this.status,
					"No pending withdrawal request to accept in status " + this.status);
		}
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
		if (this.rated) {
			throw new DossierRuleViolation(DossierRule.ALREADY_RATED, this.status, "This dossier was already rated");
		}
		if (command.score() < 1 || command.score() > 5) {
			throw new DossierRuleViolation(DossierRule.RATING_OUT_OF_RANGE, this.status,
					"A rating is from 1 to 5, not " + command.score());
		}
		apply(new SatisfactionRatedEvent(this.dossierId, command.score(), command.comment(), actor, clock.instant()));
		return result();
	}

	// ---- Helpers

	private Procedure procedure(ProcedureCatalogue catalogue) {
		return catalogue.version(this.procedureCode, this.procedureVersion)
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.UNKNOWN_PROCEDURE, this.status, "Procedure "
					+ this.procedureCode + " version " + this.procedureVersion + " is not in the catalogue"));
	}

	private Actor deskOfficer(OfficerRegistry officers, String officerId, Procedure procedure) {
		Actor actor = ActingOfficerPolicy.requireRole(officers, officerId, this.status, Role.RECEIVING_OFFICER);
		ActingOfficerPolicy.requireReceptionDesk(officers, actor, procedure, this.status);
		return actor;
	}

	private Actor applicantOrRepresentative(SubjectRef subject) {
		if (subject != null && subject.equals(this.applicant)) {
			return Actor.applicant(subject);
		}
		if (subject != null && subject.equals(this.representative)) {
			return Actor.representative(subject);
		}
		throw new DossierRuleViolation(DossierRule.APPLICANT_ONLY, this.status,
				"Only the applicant or their authorised representative may do this");
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

	/**
	 * Fees are awaited while processing waits for them, or after the result for fees
	 * collected on delivery (DOMAIN 7.1: "if fees are collected after: paid").
	 */
	private void requireFeesAwaited(String action) {
		boolean collectedAfterResult = this.status == DossierStatus.RESOLVED && this.amountPaid < this.amountDue;
		if (!collectedAfterResult) {
			StatusPolicy.requireStatus(this.status, action, DossierStatus.AWAITING_PAYMENT);
		}
	}

	private DossierCommandResult result() {
		return new DossierCommandResult(this.dossierId, this.version, this.status);
	}

	// ---- State, from events only. Every handler records the sequence number: the
	// version that
	// clients send back in If-Match.

	@EventSourcingHandler
	void on(DossierSubmittedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
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
	void on(SubmissionSignatureVerifiedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
	}

	@EventSourcingHandler
	void on(IntakeSupplementRequestedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.intakeSupplementRequests++;
		this.status = DossierStatus.INTAKE_SUPPLEMENT;
	}

	@EventSourcingHandler
	void on(SupplementSubmittedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.status = DossierStatus.SUBMITTED;
	}

	@EventSourcingHandler
	void on(IntakeRejectedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.status = DossierStatus.INTAKE_REJECTED;
	}

	@EventSourcingHandler
	void on(DossierReceivedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.procedureVersion = event.procedureVersion();
		this.receivedBy = event.actor().id();
		this.dueAt = event.dueAt();
		this.status = DossierStatus.RECEIVED;
	}

	@EventSourcingHandler
	void on(DossierTransferredEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
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
	void on(OpinionRecordedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
	}

	@EventSourcingHandler
	void on(SupplementRequestedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.processingSupplementRequests++;
		this.pauseStartedAt = event.occurredAt();
		this.status = DossierStatus.AWAITING_SUPPLEMENT;
	}

	@EventSourcingHandler
	void on(SupplementReceivedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.pauseStartedAt = null;
		this.dueAt = event.newDueAt();
		pausedWhileHeld(event.pausedWorkingMinutes());
		this.status = DossierStatus.IN_PROCESSING;
	}

	@EventSourcingHandler
	void on(FinancialObligationRequestedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
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
	void on(PaymentSucceededEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
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
	void on(PaymentFailedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
	}

	@EventSourcingHandler
	void on(PaymentRefundedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.refundedPayments.add(event.transactionId());
		this.amountPaid -= event.amountVnd();
	}

	@EventSourcingHandler
	void on(ApologyIssuedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.apologies++;
		this.dueAt = event.newDueAt();
	}

	@EventSourcingHandler
	void on(DueDateMissedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.missedDueAt = event.dueAt();
	}

	@EventSourcingHandler
	void on(HoldingLimitExceededEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
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
	void on(DecisionSignedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.decisionSigned = true;
	}

	@EventSourcingHandler
	void on(ResultIssuedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.electronicResult = event.electronic();
		this.status = DossierStatus.RESOLVED;
	}

	@EventSourcingHandler
	void on(ResultDeliveredEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.status = DossierStatus.DELIVERED;
	}

	@EventSourcingHandler
	void on(ProcessingStoppedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.status = DossierStatus.STOPPED;
	}

	@EventSourcingHandler
	void on(WithdrawalRequestedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.withdrawalRequested = true;
	}

	@EventSourcingHandler
	void on(WithdrawalAcceptedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.status = DossierStatus.WITHDRAWN;
	}

	@EventSourcingHandler
	void on(SatisfactionRatedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.rated = true;
	}

}
