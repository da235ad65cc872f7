package vn.dossierledger.app;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SlaUnit;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;

/**
 * One dossier's events with fixed business times, fed straight into the statistics
 * projection as domain event messages with consecutive sequence numbers, each in its own
 * transaction as the processor would.
 */
final class StatisticsScenario {

	static final Actor DESK_1 = new Actor("hn-phk-tn-01", Role.RECEIVING_OFFICER, "hn-phk-1c");

	static final Actor DESK_2 = new Actor("hn-phk-tn-02", Role.RECEIVING_OFFICER, "hn-phk-1c");

	static final Actor DESK_3 = new Actor("hn-phk-tn-03", Role.RECEIVING_OFFICER, "hn-phk-1c");

	static final Actor SPECIALIST = new Actor("hn-phk-cv-01", Role.SPECIALIST, "hn-phk-vhxh");

	static final Actor LEADER = new Actor("hn-phk-ld-01", Role.APPROVING_LEADER, "hn-phk-vhxh");

	static final Actor CLERK = new Actor("hn-phk-vt-01", Role.CLERK, "hn-phk-vhxh");

	private static final SubjectRef APPLICANT = new SubjectRef("subj-stat");

	private final String dossierId;

	private final AnnotationEventHandlerAdapter projection;

	private final TransactionTemplate transactions;

	private final List<DomainEventMessage<?>> fed = new ArrayList<>();

	private Instant dueAt;

	private StatisticsScenario(String dossierId, AnnotationEventHandlerAdapter projection,
			TransactionTemplate transactions) {
		this.dossierId = dossierId;
		this.projection = projection;
		this.transactions = transactions;
	}

	/** Vietnam local time, e.g. {@code at("2025-10-06T08:00")}. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}

	static SubmittedDocument document(boolean digitised, boolean reused) {
		return new SubmittedDocument("C", "Giấy tờ", digitised ? CopyType.ELECTRONIC : CopyType.COPY, "a".repeat(64),
				digitised, reused, null);
	}

	static StatisticsScenario submit(Object projection, TransactionTemplate transactions, String dossierId,
			String procedureCode, Channel channel, List<SubmittedDocument> documents, String at) {
		StatisticsScenario scenario = new StatisticsScenario(dossierId, new AnnotationEventHandlerAdapter(projection),
				transactions);
		Actor submitter = (channel == Channel.ONLINE) ? Actor.applicant(APPLICANT) : DESK_1;
		return scenario.feed(new DossierSubmittedEvent(dossierId, "CODE-" + dossierId, procedureCode, "2025.1", channel,
				APPLICANT, null, null, null, null, documents, "f".repeat(64), submitter, at(at)));
	}

	StatisticsScenario receive(Actor by, String at, String due) {
		this.dueAt = at(due);
		return feed(new DossierReceivedEvent(this.dossierId, "TN-" + this.dossierId, "2025.1",
				new ProcessingTime(3, SlaUnit.WORKING_DAYS), this.dueAt, "test", DeliveryMethod.AT_DESK, by, at(at)));
	}

	StatisticsScenario transfer(Actor from, Actor to, String step, String at) {
		return feed(new DossierTransferredEvent(this.dossierId, new Holder(from.id(), from.unitId(), "hn-phk"),
				new Holder(to.id(), to.unitId(), "hn-phk"), step, this.dueAt, from, at(at)));
	}

	StatisticsScenario requestSupplement(String at) {
		return feed(new SupplementRequestedEvent(this.dossierId, List.of(new SupplementItem("C", "thiếu chữ ký")),
				"Thiếu chữ ký trên tờ khai", "Nghị định 118/2025/NĐ-CP", LEADER.id(), null, SPECIALIST, at(at)));
	}

	StatisticsScenario receiveSupplement(long pausedWorkingMinutes, String at) {
		return feed(new SupplementReceivedEvent(this.dossierId, List.of(), pausedWorkingMinutes, this.dueAt, DESK_1,
				at(at)));
	}

	StatisticsScenario requestFees(long total, String at) {
		return feed(new FinancialObligationRequestedEvent(this.dossierId, List.of(), total, false, DESK_1, at(at)));
	}

	StatisticsScenario pay(PaymentGateway gateway, String at) {
		return feed(new PaymentSucceededEvent(this.dossierId, "tx-" + this.dossierId, 50000, gateway, "BL-1", 0,
				this.dueAt, Actor.paymentGateway(gateway), at(at)));
	}

	StatisticsScenario apologise(String at, String newDue) {
		return feed(new ApologyIssuedEvent(this.dossierId, "Cần xác minh thêm", this.dueAt, at(newDue),
				ApologyChannel.EMAIL, LEADER, at(at)));
	}

	StatisticsScenario missDueDate() {
		return feed(new DueDateMissedEvent(this.dossierId, this.dueAt, Actor.STATUTORY_CLOCK, this.dueAt));
	}

	StatisticsScenario issueResult(boolean electronic, String at) {
		return feed(new ResultIssuedEvent(this.dossierId, "KQ", "1/2025", "e".repeat(64), electronic, CLERK, at(at)));
	}

	StatisticsScenario deliver(String at) {
		return feed(new ResultDeliveredEvent(this.dossierId, DeliveryMethod.AT_DESK, APPLICANT, null, DESK_1, at(at)));
	}

	StatisticsScenario rate(int score, String at) {
		return feed(new SatisfactionRatedEvent(this.dossierId, score, "", Actor.applicant(APPLICANT), at(at)));
	}

	StatisticsScenario stop(String at) {
		return feed(
				new ProcessingStoppedEvent(this.dossierId, "Không đủ điều kiện", "Luật Hộ tịch 2014", LEADER, at(at)));
	}

	StatisticsScenario withdraw(Actor by, String at) {
		return feed(new WithdrawalAcceptedEvent(this.dossierId, by, at(at)));
	}

	StatisticsScenario rejectAtIntake(Actor by, String at) {
		return feed(new IntakeRejectedEvent(this.dossierId, "Không thuộc thẩm quyền", "Nghị định 118/2025/NĐ-CP", by,
				at(at)));
	}

	/** Delivers every event fed so far once more, as a redelivery or replay would. */
	void redeliver() {
		List.copyOf(this.fed).forEach(this::handle);
	}

	private StatisticsScenario feed(DossierEvent event) {
		DomainEventMessage<?> message = new GenericDomainEventMessage<>("Dossier", this.dossierId, this.fed.size(),
				event, MetaData.emptyInstance());
		this.fed.add(message);
		handle(message);
		return this;
	}

	private void handle(DomainEventMessage<?> message) {
		this.transactions.executeWithoutResult((status) -> {
			try {
				this.projection.handle(message);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
