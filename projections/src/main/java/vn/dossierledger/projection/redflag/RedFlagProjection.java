package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SignatureCheck;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The red-flag read model (DOMAIN §5.2), a function of the recorded events alone: a
 * rebuild reproduces it row for row. For each event of a dossier, in order: the
 * time-based rules are asked whether their condition had arisen by the event's business
 * time, the event is kept as possible evidence, every event rule looks at it against the
 * facts so far, and the facts are updated. Time passing with nothing recorded changes
 * nothing: the statutory clock records the moments that matter (a missed due date, a
 * holding limit) as events. An event at or below the dossier's last applied sequence was
 * seen already and changes nothing.
 */
@Component
@ProcessingGroup(RedFlagProjection.PROCESSING_GROUP)
public class RedFlagProjection {

	public static final String PROCESSING_GROUP = "red-flags";

	private final RedFlagStore store;

	private final RedFlagRules rules;

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry organisation;

	RedFlagProjection(RedFlagStore store, RedFlagRules rules, ProcedureCatalogue catalogue,
			OfficerRegistry organisation) {
		this.store = store;
		this.rules = rules;
		this.catalogue = catalogue;
		this.organisation = organisation;
	}

	@EventHandler
	void on(DossierEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
			@Timestamp Instant recordedAt) {
		apply(new RecordedEvent(eventId, sequence, recordedAt, event));
	}

	@ResetHandler
	void reset() {
		this.store.deleteAll();
	}

	void apply(RecordedEvent recorded) {
		DossierEvent event = recorded.event();
		Optional<DossierFacts> known = this.store.facts(event.dossierId());
		if (known.isEmpty() && !(event instanceof DossierSubmittedEvent)) {
			return; // nothing to judge against: its submission predates this model
		}
		DossierFacts facts = known.orElseGet(() -> newDossier((DossierSubmittedEvent) event));
		if (!facts.isNew(recorded.sequence())) {
			return; // redelivered
		}
		FlagBook flags = new FlagBook(this.store);
		Instant asOf = facts.asOf(recorded.businessAt());
		for (TimedRule rule : this.rules.timed()) {
			rule.asOf(asOf, facts, flags);
		}
		this.store.save(new EvidenceEvent(recorded));
		for (EventRule rule : this.rules.onEvents()) {
			rule.onEvent(recorded, facts, flags);
		}
		learn(recorded, facts);
		facts.applied(recorded.sequence(), recorded.eventId(), recorded.businessAt());
		this.store.save(facts);
	}

	private DossierFacts newDossier(DossierSubmittedEvent submitted) {
		Optional<Procedure> procedure = this.catalogue.version(submitted.procedureCode(), submitted.procedureVersion());
		String agencyId = procedure.map(Procedure::agencyId).orElse(null);
		String deskUnitId = Optional.ofNullable(agencyId)
			.flatMap(this.organisation::agency)
			.map(Agency::receptionUnitId)
			.orElse(null);
		return new DossierFacts(submitted.dossierId(), submitted.dossierCode(), submitted.procedureCode(),
				submitted.procedureVersion(), agencyId, deskUnitId, submitted.channel().name(),
				submitted.applicant().value(),
				submitted.documents().stream().map(SubmittedDocument::componentCode).toList());
	}

	/** What the rules need to remember of the event. */
	private void learn(RecordedEvent recorded, DossierFacts facts) {
		DossierEvent event = recorded.event();
		if (event instanceof SubmissionSignatureVerifiedEvent verified) {
			if (Optional.ofNullable(verified.result()).map(SignatureCheck::valid).orElse(false)) {
				facts.validSignature(verified.occurredAt(), recorded.eventId());
			}
		}
		else if (event instanceof IntakeSupplementRequestedEvent) {
			facts.intakeSupplementRequested(recorded.eventId());
			facts.moveTo(DossierStatus.INTAKE_SUPPLEMENT, false);
		}
		else if (event instanceof SupplementSubmittedEvent supplement) {
			facts.componentsSubmitted(supplement.documents().stream().map(SubmittedDocument::componentCode).toList());
			facts.moveTo(DossierStatus.SUBMITTED, false);
		}
		else if (event instanceof IntakeRejectedEvent) {
			facts.moveTo(DossierStatus.INTAKE_REJECTED, false);
		}
		else if (event instanceof DossierReceivedEvent receipt) {
			facts.received(receipt.occurredAt(), recorded.eventId(), receipt.actor().id(), receipt.procedureVersion(),
					receipt.dueAt());
			facts.heldBy(receipt.actor().id(), receipt.actor().unitId(), receipt.occurredAt(), null, null);
			facts.moveTo(DossierStatus.RECEIVED, false);
		}
		else if (event instanceof DossierTransferredEvent transfer) {
			facts.heldBy(transfer.to().officerId(), transfer.to().unitId(), transfer.occurredAt(), recorded.eventId(),
					recorded.sequence());
			facts.moveTo(DossierStatus.IN_PROCESSING, false);
		}
		else if (event instanceof HoldingLimitExceededEvent exceeded
				&& ParkedWithOfficerRule.isAboutTheHolding(facts, exceeded)) {
			facts.holdingLimitExceeded(exceeded.limitAt(), recorded.eventId(), exceeded.factor());
		}
		else if (event instanceof OpinionRecordedEvent opinion && opinion.actor().role() == Role.SPECIALIST) {
			facts.recordSpecialistOpinion();
		}
		else if (event instanceof SupplementRequestedEvent) {
			facts.processingSupplementRequested(recorded.eventId());
			facts.moveTo(DossierStatus.AWAITING_SUPPLEMENT, true);
		}
		else if (event instanceof SupplementReceivedEvent arrival) {
			facts.componentsSubmitted(arrival.documents().stream().map(SubmittedDocument::componentCode).toList());
			facts.dueAt(arrival.newDueAt());
			facts.moveTo(DossierStatus.IN_PROCESSING, false);
		}
		else if (event instanceof FinancialObligationRequestedEvent obligation) {
			// After the result, fees are collected on delivery: the dossier stays
			// resolved.
			if (facts.status() != DossierStatus.RESOLVED) {
				facts.moveTo(DossierStatus.AWAITING_PAYMENT, obligation.clockPaused());
			}
		}
		else if (event instanceof PaymentSucceededEvent payment) {
			facts.dueAt(payment.newDueAt());
			if (facts.status() == DossierStatus.AWAITING_PAYMENT) {
				facts.moveTo(DossierStatus.IN_PROCESSING, false);
			}
		}
		else if (event instanceof ApologyIssuedEvent apology) {
			facts.apologised(recorded.eventId(), apology.newDueAt());
		}
		else if (event instanceof ResultIssuedEvent result) {
			facts.resultIssued(result.electronic() && result.resultDocumentSha256() != null);
			facts.moveTo(DossierStatus.RESOLVED, false);
		}
		else if (event instanceof ResultDeliveredEvent) {
			facts.markDelivered();
			facts.moveTo(DossierStatus.DELIVERED, false);
		}
		else if (event instanceof ProcessingStoppedEvent) {
			facts.moveTo(DossierStatus.STOPPED, false);
		}
		else if (event instanceof WithdrawalAcceptedEvent) {
			facts.moveTo(DossierStatus.WITHDRAWN, false);
		}
	}

}
