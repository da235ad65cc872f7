package vn.dossierledger.oversight.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.oversight.replay.CaseState.FieldChange;

class CaseStateModelTest {

	private static final Instant MONDAY = Instant.parse("2025-03-03T01:00:00Z");

	private static final Instant DUE = Instant.parse("2025-03-07T10:00:00Z");

	private static final Actor DESK = new Actor("tn-01", Role.RECEIVING_OFFICER, "desk");

	private static final Holder SPECIALIST = new Holder("cv-01", "justice", "commune");

	private final CaseStateModel model = new CaseStateModel();

	@Test
	void followsADossierFromSubmissionThroughReceiptAndTransfer() {
		this.model.apply(submitted());
		CaseState received = this.model
			.apply(new DossierReceivedEvent("d", "TN-1", "v2", null, DUE, "cal-1", null, DESK, MONDAY.plusSeconds(60)));
		CaseState transferred = this.model
			.apply(new DossierTransferredEvent("d", null, SPECIALIST, "THAM_DINH", DUE, DESK, MONDAY.plusSeconds(120)));

		assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(received.holder()).isEqualTo(new Holder("tn-01", "desk", null));
		assertThat(received.receivedBy()).isEqualTo("tn-01");
		assertThat(received.procedureVersion()).isEqualTo("v2");
		assertThat(received.dueAt()).isEqualTo(DUE);
		assertThat(transferred.status()).isEqualTo(DossierStatus.IN_PROCESSING);
		assertThat(transferred.holder()).isEqualTo(SPECIALIST);
	}

	@Test
	void pausesForASupplementAndMovesTheDueDateWhenItArrives() {
		this.model.apply(submitted());
		this.model
			.apply(new DossierTransferredEvent("d", null, SPECIALIST, "THAM_DINH", DUE, DESK, MONDAY.plusSeconds(60)));
		Instant pause = MONDAY.plusSeconds(3600);
		CaseState paused = this.model
			.apply(new SupplementRequestedEvent("d", List.of(), "missing", "law", "leader", null, DESK, pause));
		Instant newDue = DUE.plusSeconds(86_400);
		CaseState resumed = this.model
			.apply(new SupplementReceivedEvent("d", List.of(), 120, newDue, DESK, pause.plusSeconds(7200)));

		assertThat(paused.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		assertThat(paused.pausedSince()).isEqualTo(pause);
		assertThat(paused.processingSupplementRequests()).isEqualTo(1);
		assertThat(resumed.status()).isEqualTo(DossierStatus.IN_PROCESSING);
		assertThat(resumed.pausedSince()).isNull();
		assertThat(resumed.dueAt()).isEqualTo(newDue);
	}

	@Test
	void returnsToTheStatusBeforePaymentOnceFeesArePaid() {
		this.model.apply(submitted());
		this.model
			.apply(new DossierTransferredEvent("d", null, SPECIALIST, "THAM_DINH", DUE, DESK, MONDAY.plusSeconds(60)));
		CaseState awaiting = this.model
			.apply(new FinancialObligationRequestedEvent("d", List.of(), 50_000, false, DESK, MONDAY.plusSeconds(90)));
		CaseState paid = this.model.apply(new PaymentSucceededEvent("d", "tx-1", 50_000, null, "BL-1", 0, DUE,
				Actor.STATUTORY_CLOCK, MONDAY.plusSeconds(120)));

		assertThat(awaiting.status()).isEqualTo(DossierStatus.AWAITING_PAYMENT);
		assertThat(paid.status()).isEqualTo(DossierStatus.IN_PROCESSING);
		assertThat(paid.amountDueVnd()).isEqualTo(paid.amountPaidVnd()).isEqualTo(50_000);
	}

	@Test
	void countsTheHoldingLimitsTheStatutoryClockFoundExceededAndChangesNothingElse() {
		this.model.apply(submitted());
		CaseState held = this.model
			.apply(new DossierTransferredEvent("d", null, SPECIALIST, "THAM_DINH", DUE, DESK, MONDAY.plusSeconds(60)));
		Instant limit = MONDAY.plusSeconds(7200);
		CaseState exceeded = this.model.apply(new HoldingLimitExceededEvent("d", SPECIALIST, "THAM_DINH", 1,
				MONDAY.plusSeconds(60), 2, limit, Actor.STATUTORY_CLOCK, limit));

		assertThat(held.holdingLimitsExceeded()).isZero();
		assertThat(held.changesTo(exceeded)).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
			.containsExactly(tuple("holdingLimitsExceeded", 0, 1));
	}

	@Test
	void diffNamesExactlyTheFieldsThatChangedWithTheirValuesBeforeAndAfter() {
		CaseState submitted = this.model.apply(submitted());
		CaseState received = this.model
			.apply(new DossierReceivedEvent("d", "TN-1", "v1", null, DUE, "cal-1", null, DESK, MONDAY.plusSeconds(60)));

		assertThat(submitted.changesTo(received))
			.extracting(FieldChange::field, FieldChange::before, FieldChange::after)
			.containsExactly(tuple("status", DossierStatus.SUBMITTED, DossierStatus.RECEIVED),
					tuple("holder", null, new Holder("tn-01", "desk", null)), tuple("receivedBy", null, "tn-01"),
					tuple("dueAt", null, DUE));
		assertThat(received.changesTo(received)).isEmpty();
	}

	@Test
	void theFirstStepChangesEverythingItSetsFromNothing() {
		CaseState submitted = this.model.apply(submitted());

		assertThat(CaseState.NONE.changesTo(submitted)).extracting(FieldChange::field)
			.containsExactly("status", "dossierCode", "procedureCode", "procedureVersion");
	}

	private static DossierSubmittedEvent submitted() {
		return new DossierSubmittedEvent("d", "HS-1", "KS-01", "v1", Channel.ONLINE, null, null, null, null, null,
				List.of(), "secret", new Actor("subject-1", Role.APPLICANT, null), MONDAY);
	}

}
