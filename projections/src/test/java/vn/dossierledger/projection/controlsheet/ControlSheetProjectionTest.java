package vn.dossierledger.projection.controlsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.APPLICANT;
import static vn.dossierledger.projection.BirthRegistrationEvents.CLERK;
import static vn.dossierledger.projection.BirthRegistrationEvents.DESK_UNIT;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_ID;
import static vn.dossierledger.projection.BirthRegistrationEvents.LEADER;
import static vn.dossierledger.projection.BirthRegistrationEvents.RECEIVING_OFFICER;
import static vn.dossierledger.projection.BirthRegistrationEvents.SPECIALIST;
import static vn.dossierledger.projection.BirthRegistrationEvents.apologised;
import static vn.dossierledger.projection.BirthRegistrationEvents.at;
import static vn.dossierledger.projection.BirthRegistrationEvents.delivered;
import static vn.dossierledger.projection.BirthRegistrationEvents.on;
import static vn.dossierledger.projection.BirthRegistrationEvents.received;
import static vn.dossierledger.projection.BirthRegistrationEvents.resultIssued;
import static vn.dossierledger.projection.BirthRegistrationEvents.submitted;
import static vn.dossierledger.projection.BirthRegistrationEvents.transferred;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.query.controlsheet.ControlSheetView;
import vn.dossierledger.events.query.controlsheet.HandOverView;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

/**
 * One birth registration on Monday 2 March 2026 (office hours 07:30–11:30, 13:00–17:00).
 * Receipt 08:10 (desk step 1 h: deadline 09:10), appraisal from 08:30 (deadline 11:30),
 * signing from 10:00 (deadline 13:30), issuing from 14:00 (deadline 15:00), result at
 * 14:30, delivered at 15:00.
 */
class ControlSheetProjectionTest {

	private final InMemoryControlSheets store = new InMemoryControlSheets();

	private final ControlSheetProjection projection = new ControlSheetProjection(this.store,
			YamlProcedureCatalogue.loadDefault(), YamlOfficerRegistry.loadDefault(),
			new StatutoryClock(WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE)));

	private final List<Runnable> history = new ArrayList<>();

	@Test
	void headerFromSubmissionAndReceipt() {
		walkToDelivery();
		ControlSheetView sheet = view();
		assertThat(sheet.applicantRef()).isEqualTo(APPLICANT.value());
		assertThat(sheet.receivedAt()).isEqualTo(at("08:10"));
		assertThat(sheet.dueAt()).isEqualTo(at("16:10"));
		assertThat(sheet.resolvingAgencyId()).isEqualTo("hn-phk");
		assertThat(sheet.resolvingAgencyName()).isNotBlank();
	}

	@Test
	void oneRowPerHandOverFromReceiptToDelivery() {
		walkToDelivery();
		List<HandOverView> rows = view().handOvers();
		assertThat(rows).extracting(HandOverView::kind)
			.containsExactly("RECEIPT", "TRANSFER", "TRANSFER", "TRANSFER", "RESULT_ISSUED", "RESULT_DELIVERED");
		assertThat(rows).extracting(HandOverView::number).containsExactly(1, 2, 3, 4, 5, 6);

		HandOverView receipt = rows.get(0);
		assertThat(receipt.giverId()).isEqualTo(APPLICANT.value());
		assertThat(receipt.receiverId()).isEqualTo(RECEIVING_OFFICER.id());
		assertThat(receipt.receiverUnitId()).isEqualTo(DESK_UNIT);
		assertThat(receipt.receiverAgencyId()).isEqualTo("hn-phk");
		assertThat(receipt.stepCode()).isEqualTo("TIEP_NHAN");
		assertThat(receipt.stepDeadline()).as("desk step of 1 working hour").isEqualTo(at("09:10"));

		HandOverView appraisal = rows.get(1);
		assertThat(appraisal.giverId()).isEqualTo(RECEIVING_OFFICER.id());
		assertThat(appraisal.receiverId()).isEqualTo(SPECIALIST.id());
		assertThat(appraisal.stepName()).isEqualTo("Kiểm tra, ghi Sổ đăng ký khai sinh");

		HandOverView resultToDesk = rows.get(4);
		assertThat(resultToDesk.giverId()).isEqualTo(CLERK.id());
		assertThat(resultToDesk.receiverUnitId()).isEqualTo(DESK_UNIT);
		assertThat(resultToDesk.stepDeadline()).isNull();

		HandOverView delivery = rows.get(5);
		assertThat(delivery.receiverId()).isEqualTo(APPLICANT.value());
		assertThat(delivery.handedOnAt()).as("nobody hands on after the applicant").isNull();
		assertThat(delivery.outcome()).isNull();
	}

	@Test
	void eachStepIsJudgedEarlyOnTimeOrLateWhenHandedOn() {
		walkToDelivery();
		List<HandOverView> rows = view().handOvers();
		// 08:30 against 09:10: 40 working minutes to spare, less than the hour for
		// "early".
		assertThat(rows.get(0).outcome()).isEqualTo("ON_TIME");
		assertThat(rows.get(0).outcomeLabel()).isEqualTo("đúng hạn");
		assertThat(rows.get(0).heldWorkingMinutes()).isEqualTo(20);
		// 10:00 against 11:30: 90 minutes to spare.
		assertThat(rows.get(1).outcome()).isEqualTo("EARLY");
		assertThat(rows.get(1).outcomeLabel()).isEqualTo("trước hạn");
		assertThat(rows.get(1).heldWorkingMinutes()).isEqualTo(90);
		// 14:00 against 13:30: late; held 10:00–11:30 and 13:00–14:00, lunch excluded.
		assertThat(rows.get(2).outcome()).isEqualTo("LATE");
		assertThat(rows.get(2).outcomeLabel()).isEqualTo("quá hạn");
		assertThat(rows.get(2).heldWorkingMinutes()).isEqualTo(150);
		// 14:30 against 15:00.
		assertThat(rows.get(3).outcome()).isEqualTo("ON_TIME");
		assertThat(rows.get(3).handedOnAt()).isEqualTo(at("14:30"));
		// The result waited at the desk 30 minutes; collection has no deadline.
		assertThat(rows.get(4).outcome()).isNull();
		assertThat(rows.get(4).heldWorkingMinutes()).isEqualTo(30);
	}

	@Test
	void anApologyMovesTheDueDateOfTheHeader() {
		walkToDelivery();
		feed((sequence) -> this.projection.on(apologised("15:10", at("16:10"), on("2026-03-03", "10:00")), sequence));
		assertThat(view().dueAt()).isEqualTo(on("2026-03-03", "10:00"));
	}

	@Test
	void redeliveredEventChangesNothing() {
		walkToDelivery();
		ControlSheetView before = view();

		this.history.get(2).run(); // the first transfer again
		this.history.get(5).run(); // the result again
		this.history.get(0).run(); // the submission again

		assertThat(view()).isEqualTo(before);
	}

	@Test
	void replayAfterResetGivesTheSameSheet() {
		walkToDelivery();
		ControlSheetView live = view();

		this.projection.reset();
		assertThat(this.store.findById(DOSSIER_ID)).isEmpty();
		this.history.forEach(Runnable::run);

		assertThat(view()).isEqualTo(live);
	}

	private void walkToDelivery() {
		feed((sequence) -> this.projection.on(submitted("08:00"), sequence));
		feed((sequence) -> this.projection.on(received("08:10", at("16:10")), sequence));
		feed((sequence) -> this.projection.on(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:30", "11:30"),
				sequence));
		feed((sequence) -> this.projection.on(transferred(SPECIALIST, LEADER, "TRINH_KY", "10:00", "13:30"), sequence));
		feed((sequence) -> this.projection.on(transferred(LEADER, CLERK, "BAN_HANH", "14:00", "15:00"), sequence));
		feed((sequence) -> this.projection.on(resultIssued("14:30"), sequence));
		feed((sequence) -> this.projection.on(delivered("15:00"), sequence));
	}

	/** Feeds the next event with the next aggregate sequence number and remembers it. */
	private void feed(LongConsumer delivery) {
		long sequence = this.history.size();
		Runnable step = () -> delivery.accept(sequence);
		this.history.add(step);
		step.run();
	}

	private ControlSheetView view() {
		return ControlSheetViews.view(this.store.findById(DOSSIER_ID).orElseThrow());
	}

	private static final class InMemoryControlSheets implements ControlSheetStore {

		private final Map<String, ControlSheet> sheets = new HashMap<>();

		@Override
		public Optional<ControlSheet> findById(String dossierId) {
			return Optional.ofNullable(this.sheets.get(dossierId));
		}

		@Override
		public List<ControlSheet> findAllById(Iterable<String> dossierIds) {
			List<ControlSheet> found = new ArrayList<>();
			dossierIds.forEach((id) -> findById(id).ifPresent(found::add));
			return found;
		}

		@Override
		public ControlSheet save(ControlSheet sheet) {
			this.sheets.put(sheet.dossierId(), sheet);
			return sheet;
		}

		@Override
		public void deleteAll() {
			this.sheets.clear();
		}

	}

}
