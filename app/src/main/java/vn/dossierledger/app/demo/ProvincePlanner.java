package vn.dossierledger.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PersonalData;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.VietnamTime;
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
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.DocumentComponent;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.ProcedureStep;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * Plans the simulated weeks of a demo province: which dossiers are submitted when, under
 * which procedure and channel, who handles them, and every command of their lives with
 * its business time. Pure: everything comes from the reference data, the statutory clock
 * and the seeded random generator, so a seed always yields the same plan.
 * <p>
 * Officers act in working time (the statutory clock moves them forward in working
 * minutes); applicants and payment gateways act at any hour. The plan may run past the
 * end of the window: the runner leaves those commands out, which is how dossiers stay
 * open at the end.
 */
final class ProvincePlanner {

	private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/**
	 * Demo dossier codes are numbered from here, well above what the REST code generator
	 * hands out on a day, so the two never collide.
	 */
	private static final int FIRST_DEMO_CODE_NUMBER = 90001;

	private static final long WORKING_DAY_MINUTES = 8 * 60;

	/** Online submissions on days off, relative to a working day. */
	private static final double WEEKEND_SHARE = 0.2;

	/**
	 * Common procedures (certified copies, civil status, residence, licences) dominate.
	 */
	private static final Map<String, Integer> PROCEDURE_WEIGHTS = Map.ofEntries(Map.entry("2.000815", 20),
			Map.entry("1.001193", 12), Map.entry("1.004194", 10), Map.entry("1.002804", 10), Map.entry("2.000635", 8),
			Map.entry("2.000488", 8), Map.entry("1.000105", 6), Map.entry("2.001610", 5), Map.entry("2.000720", 5),
			Map.entry("1.001008", 5), Map.entry("1.000894", 4), Map.entry("1.009994", 3));

	private static final int OTHER_PROCEDURE_WEIGHT = 2;

	private static final String INTAKE_LEGAL_BASIS = "Điều 19 Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định 107/2021/NĐ-CP";

	private static final String PROCESSING_LEGAL_BASIS = "Khoản 2 Điều 20 Nghị định 61/2018/NĐ-CP";

	private static final List<String> INTAKE_REJECTION_REASONS = List.of(
			"Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan tiếp nhận",
			"Người nộp hồ sơ không đủ điều kiện thực hiện thủ tục theo quy định",
			"Giấy tờ tùy thân đã hết hiệu lực, không đủ điều kiện tiếp nhận hồ sơ");

	private static final List<String> DOCUMENT_ISSUES = List.of("Bản sao chưa được chứng thực theo quy định",
			"Thông tin kê khai không khớp với giấy tờ tùy thân", "Bản chụp mờ, không đọc được nội dung",
			"Thiếu chữ ký của người đề nghị");

	private static final List<String> WITHDRAWAL_REASONS = List.of("Không còn nhu cầu giải quyết thủ tục",
			"Nộp nhầm thủ tục, sẽ nộp lại hồ sơ khác", "Đã giải quyết tại cơ quan khác");

	private static final List<String> RATING_COMMENTS = List.of("Cán bộ hướng dẫn tận tình", "Trả kết quả đúng hẹn",
			"Thủ tục nhanh gọn", "Phải chờ lâu", "Phải đi lại nhiều lần");

	/** Long enough for the rulebook's minimum, and says nothing: red flag F2. */
	static final String MINIMAL_REJECTION_REASON = "Hồ sơ sai.";

	/**
	 * An article of no named document: the least the rulebook's citation form accepts.
	 */
	static final String BARE_LEGAL_BASIS = "Điều 19";

	/** Shorter than any rulebook minimum: the aggregate refuses it. */
	static final String TOO_SHORT_REJECTION_REASON = "Sai.";

	/** Passes the override rule's length check and explains nothing. */
	static final String THIN_OVERRIDE_REASON = "Bổ sung thêm";

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry officers;

	private final StatutoryClock statutoryClock;

	private final WorkingCalendar calendar;

	private final DemoSignatures signatures;

	private final BadlyBehavingOfficers misconduct;

	ProvincePlanner(ProcedureCatalogue catalogue, OfficerRegistry officers, StatutoryClock statutoryClock,
			WorkingCalendar calendar, DemoSignatures signatures, BadlyBehavingOfficers misconduct) {
		this.catalogue = catalogue;
		this.officers = officers;
		this.statutoryClock = statutoryClock;
		this.calendar = calendar;
		this.signatures = signatures;
		this.misconduct = misconduct;
	}

	/** Signs a document's SHA-256 as the named signer (demo certificate authority). */
	@FunctionalInterface
	interface DemoSignatures {

		DetachedSignature sign(String signerCommonName, String documentSha256);

	}

	/** A procedure with the officers who can handle it. */
	private record Staffed(Procedure procedure, Agency agency, List<String> desk, List<String> specialists,
			List<String> leaders, List<String> clerks, int weight) {

	}

	List<DossierPlan> plan(int dossierCount, SimulationWindow window, Random random) {
		List<Staffed> mix = staffedProcedures(LocalDate.ofInstant(window.start(), VietnamTime.ZONE));
		if (mix.isEmpty()) {
			throw new IllegalStateException("No procedure in force can be staffed from the organisation file");
		}
		FakeCitizens citizens = new FakeCitizens(random);
		Map<String, Integer> codeNumbers = new HashMap<>();
		List<DossierPlan> plans = new ArrayList<>(dossierCount);
		for (int sequence = 0; sequence < dossierCount; sequence++) {
			Staffed staffed = pickWeighted(mix, Staffed::weight, random);
			plans.add(new DossierTimeline(sequence, staffed, window, random, citizens, codeNumbers).plan());
		}
		return plans;
	}

	private List<Staffed> staffedProcedures(LocalDate day) {
		List<Staffed> mix = new ArrayList<>();
		for (Procedure procedure : this.catalogue.currentProcedures(day)) {
			Agency agency = this.officers.agency(procedure.agencyId()).orElse(null);
			if (agency == null) {
				continue;
			}
			List<String> desk = this.officers.officersWithRole(agency.id(), Role.RECEIVING_OFFICER)
				.stream()
				.filter((officer) -> officer.unitId().equals(agency.receptionUnitId()))
				.map(Officer::id)
				.toList();
			List<String> specialists = competent(procedure, Role.SPECIALIST, agency);
			List<String> leaders = competent(procedure, Role.APPROVING_LEADER, agency);
			List<String> clerks = competent(procedure, Role.CLERK, agency);
			boolean hasWorkflow = hasStep(procedure, Role.SPECIALIST) && hasStep(procedure, Role.APPROVING_LEADER)
					&& hasStep(procedure, Role.CLERK);
			if (hasWorkflow && !desk.isEmpty() && !specialists.isEmpty() && !leaders.isEmpty() && !clerks.isEmpty()) {
				mix.add(new Staffed(procedure, agency, desk, specialists, leaders, clerks,
						PROCEDURE_WEIGHTS.getOrDefault(procedure.code(), OTHER_PROCEDURE_WEIGHT)));
			}
		}
		return mix;
	}

	/**
	 * Officers of the competent agency's own units holding the role. Not the shared desk,
	 * and not co-operating agencies: a supplement request needs a leader of the
	 * requester's own agency.
	 */
	private List<String> competent(Procedure procedure, Role role, Agency agency) {
		return this.officers.officersWithRole(agency.id(), role)
			.stream()
			.filter((officer) -> !officer.unitId().equals(agency.receptionUnitId()))
			.filter((officer) -> this.officers.agencyOfUnit(officer.unitId())
				.map((unitAgency) -> unitAgency.id().equals(procedure.agencyId()))
				.orElse(false))
			.map(Officer::id)
			.toList();
	}

	private static boolean hasStep(Procedure procedure, Role role) {
		return procedure.steps().stream().anyMatch((step) -> step.performedBy() == role);
	}

	static <T> T pickWeighted(List<T> options, ToIntFunction<T> weightOf, Random random) {
		int total = options.stream().mapToInt(weightOf).sum();
		int ticket = random.nextInt(total);
		for (T option : options) {
			ticket -= weightOf.applyAsInt(option);
			if (ticket < 0) {
				return option;
			}
		}
		throw new IllegalStateException("Weights changed while picking");
	}

	/**
	 * Builds one dossier's timeline; a cursor moves forward as officers and applicants
	 * act.
	 */
	private final class DossierTimeline {

		private final int sequence;

		private final Staffed staffed;

		private final Procedure procedure;

		private final SimulationWindow window;

		private final Random random;

		private final FakeCitizens citizens;

		private final Map<String, Integer> codeNumbers;

		private final String dossierId;

		private final List<PlannedCommand> commands = new ArrayList<>();

		private String lookupSecret;

		private final String deskOfficer;

		private final String specialist;

		private final String leader;

		private final String clerk;

		private Scenario scenario;

		private Channel channel;

		private Instant now;

		private SubjectRef applicant;

		private SubjectRef representative;

		DossierTimeline(int sequence, Staffed staffed, SimulationWindow window, Random random, FakeCitizens citizens,
				Map<String, Integer> codeNumbers) {
			this.sequence = sequence;
			this.staffed = staffed;
			this.procedure = staffed.procedure();
			this.window = window;
			this.random = random;
			this.citizens = citizens;
			this.codeNumbers = codeNumbers;
			this.dossierId = citizens.uuid();
			this.deskOfficer = citizens.pick(staffed.desk());
			this.specialist = citizens.pick(staffed.specialists());
			this.leader = citizens.pick(staffed.leaders());
			this.clerk = citizens.pick(staffed.clerks());
			this.scenario = pickWeighted(List.of(Scenario.values()), Scenario::weight, random);
			adjustForHabits();
		}

		/**
		 * Badly-behaving officers turn some ordinary dossiers into their kind of case.
		 */
		private void adjustForHabits() {
			if (this.scenario != Scenario.RESOLVED_ON_TIME) {
				return;
			}
			if (this.deskOfficer.equals(ProvincePlanner.this.misconduct.curtRejecter()) && chance(0.35)) {
				this.scenario = Scenario.INTAKE_REJECTED;
			}
			else if (this.specialist.equals(ProvincePlanner.this.misconduct.serialSupplementer()) && chance(0.5)) {
				this.scenario = Scenario.PROCESSING_SUPPLEMENT;
			}
			else if (this.specialist.equals(ProvincePlanner.this.misconduct.parker())) {
				this.scenario = chance(0.5) ? Scenario.LATE_WITH_APOLOGY : Scenario.LATE_WITHOUT_APOLOGY;
			}
		}

		DossierPlan plan() {
			submit();
			boolean received = intake();
			if (received) {
				process();
			}
			this.commands.sort(Comparator.comparing(PlannedCommand::at));
			return new DossierPlan(this.sequence, this.dossierId, this.procedure.code(), this.scenario, this.commands,
					this.lookupSecret);
		}

		// ---- Submission

		private void submit() {
			this.channel = pickChannel();
			this.now = submissionTime();
			String provincePrefix = this.staffed.agency().code().endsWith("H56") ? "038" : "001";
			this.applicant = this.citizens.newSubject("cd");
			PersonalData applicantData = this.citizens.personalData(provincePrefix);
			PersonalData representativeData = null;
			String authorisation = null;
			if (chance(0.15)) {
				this.representative = this.citizens.newSubject("dd");
				representativeData = this.citizens.personalData(provincePrefix);
				authorisation = "UQ-" + this.citizens.digits(8);
			}
			List<SubmittedDocument> documents = new ArrayList<>();
			for (DocumentComponent component : this.procedure.components()) {
				if (component.mandatory() || chance(0.4)) {
					documents.add(document(component));
				}
			}
			this.lookupSecret = this.citizens.digits(12);
			add(this.now,
					new SubmitDossierCommand(this.dossierId, dossierCode(), this.procedure.code(), this.channel,
							this.applicant, applicantData, this.representative, representativeData, authorisation,
							documents, FakeCitizens.sha256(this.lookupSecret.getBytes(StandardCharsets.US_ASCII))));
		}

		private Channel pickChannel() {
			double draw = this.random.nextDouble();
			double online = this.procedure.fullyOnlineEligible() ? 0.55 : 0.25;
			if (draw < online) {
				return Channel.ONLINE;
			}
			return draw < online + 0.12 ? Channel.POSTAL : Channel.IN_PERSON;
		}

		/**
		 * Desk and post submissions happen in office hours; online ones at any waking
		 * hour, weekends included. Always within the window: every planned dossier is
		 * submitted.
		 */
		private Instant submissionTime() {
			LocalDate firstDay = LocalDate.ofInstant(this.window.start(), VietnamTime.ZONE);
			LocalDate lastDay = LocalDate.ofInstant(this.window.end(), VietnamTime.ZONE);
			long days = firstDay.until(lastDay).getDays() + 1L;
			Channel wanted = this.channel;
			for (int attempt = 0; attempt < 100; attempt++) {
				this.channel = wanted;
				LocalDate day = firstDay.plusDays(this.random.nextLong(days));
				if (!ProvincePlanner.this.calendar.isWorkingDay(day) && !chance(WEEKEND_SHARE)) {
					continue;
				}
				Instant candidate = submissionTimeOn(day);
				if (this.window.contains(candidate)) {
					return candidate;
				}
			}
			this.channel = Channel.ONLINE;
			return this.window.start();
		}

		private Instant submissionTimeOn(LocalDate day) {
			Instant midnight = day.atStartOfDay(VietnamTime.ZONE).toInstant();
			if (!ProvincePlanner.this.calendar.isWorkingDay(day)) {
				this.channel = Channel.ONLINE;
			}
			if (this.channel == Channel.ONLINE) {
				return midnight.plus(Duration.ofMinutes(6 * 60 + this.random.nextInt(17 * 60)));
			}
			return ProvincePlanner.this.statutoryClock.addWorkingMinutes(midnight,
					1 + this.random.nextInt((int) WORKING_DAY_MINUTES - 30));
		}

		private SubmittedDocument document(DocumentComponent component) {
			String sha256 = this.citizens.documentSha256();
			boolean online = this.channel == Channel.ONLINE;
			DetachedSignature signature = (online && this.procedure.signatureRequired())
					? ProvincePlanner.this.signatures.sign(submitter().value(), sha256) : null;
			CopyType copyType = online ? CopyType.ELECTRONIC
					: this.citizens.pick(List.of(CopyType.ORIGINAL, CopyType.CERTIFIED_COPY, CopyType.COPY));
			boolean digitised = !online && chance(0.6);
			boolean reused = chance(0.2);
			return new SubmittedDocument(component.code(), component.name(), copyType, sha256, digitised, reused,
					signature);
		}

		private String dossierCode() {
			String prefix = this.staffed.agency().code() + "-"
					+ CODE_DAY.format(LocalDate.ofInstant(this.now, VietnamTime.ZONE));
			int number = this.codeNumbers.merge(prefix, FIRST_DEMO_CODE_NUMBER, (previous, first) -> previous + 1);
			return prefix + "-" + number;
		}

		// ---- Intake

		/**
		 * @return whether the desk receives the file
		 */
		private boolean intake() {
			long deskDelay = this.deskOfficer.equals(ProvincePlanner.this.misconduct.slowReceiver()) ? workingDays(3, 6)
					: minutes(10, 240);
			if (this.scenario == Scenario.INTAKE_REJECTED) {
				officerActs(deskDelay);
				rejectAtIntake();
				return false;
			}
			if (this.scenario == Scenario.WITHDRAWN && chance(0.3)) {
				withdraw(minutes(60, 8 * 60));
				return false;
			}
			if (this.scenario == Scenario.INTAKE_SUPPLEMENT) {
				officerActs(deskDelay);
				add(new RequestIntakeSupplementCommand(this.dossierId, null, this.deskOfficer, supplementItems(),
						"Thành phần hồ sơ chưa đầy đủ, chưa đúng quy định", INTAKE_LEGAL_BASIS, null));
				applicantActs(workingDays(1, 4));
				add(new SubmitSupplementCommand(this.dossierId, null, submitter(), supplementDocuments()));
				deskDelay = minutes(10, 120);
			}
			officerActs(deskDelay);
			add(new ReceiveDossierCommand(this.dossierId, null, this.deskOfficer, deliveryMethod()));
			return true;
		}

		private void rejectAtIntake() {
			if (this.deskOfficer.equals(ProvincePlanner.this.misconduct.curtRejecter())) {
				if (chance(0.4)) {
					probe(new RejectIntakeCommand(this.dossierId, null, this.deskOfficer, TOO_SHORT_REJECTION_REASON,
							"Luật"));
					officerActs(minutes(1, 10));
				}
				add(new RejectIntakeCommand(this.dossierId, null, this.deskOfficer, MINIMAL_REJECTION_REASON,
						BARE_LEGAL_BASIS));
				return;
			}
			add(new RejectIntakeCommand(this.dossierId, null, this.deskOfficer,
					this.citizens.pick(INTAKE_REJECTION_REASONS), INTAKE_LEGAL_BASIS));
		}

		private void withdraw(long afterMinutes) {
			applicantActs(afterMinutes);
			add(new RequestWithdrawalCommand(this.dossierId, null, submitter(),
					this.citizens.pick(WITHDRAWAL_REASONS)));
			officerActs(minutes(30, 8 * 60));
			add(new AcceptWithdrawalCommand(this.dossierId, null, this.deskOfficer));
		}

		// ---- Processing

		private void process() {
			Instant receivedAt = this.now;
			Procedure atReceipt = ProvincePlanner.this.catalogue
				.inForce(this.procedure.code(), LocalDate.ofInstant(receivedAt, VietnamTime.ZONE))
				.orElse(this.procedure);
			Instant dueAt = ProvincePlanner.this.statutoryClock.dueAt(receivedAt, atReceipt.sla(),
					atReceipt.cutOffTime());
			long budget = Math.max(60, ProvincePlanner.this.statutoryClock.workingMinutesBetween(receivedAt, dueAt));
			List<ProcedureStep> specialistSteps = atReceipt.steps()
				.stream()
				.filter((step) -> step.performedBy() == Role.SPECIALIST)
				.toList();
			ProcedureStep leaderStep = stepPerformedBy(atReceipt, Role.APPROVING_LEADER);
			ProcedureStep clerkStep = stepPerformedBy(atReceipt, Role.CLERK);
			// Moves: hand-over and opinion per specialist step, then to the leader, sign,
			// to the clerk, issue.
			int moves = 2 * specialistSteps.size() + 4;
			long perMove = Math.max(1, (long) (budget * processingShare() / moves));

			officerActs(jitter(perMove));
			add(new TransferDossierCommand(this.dossierId, null, this.deskOfficer, this.specialist,
					specialistSteps.get(0).code()));
			if (this.scenario == Scenario.PARKED) {
				return;
			}
			if (this.scenario == Scenario.WITHDRAWN) {
				withdraw(workingDays(0, 2) + minutes(30, 240));
				return;
			}
			boolean parks = this.specialist.equals(ProvincePlanner.this.misconduct.parker());
			officerActs(parks ? workingDays(5, 9) : jitter(perMove));
			Recommendation first = switch (this.scenario) {
				case STOPPED -> Recommendation.REJECT;
				case PROCESSING_SUPPLEMENT -> Recommendation.REQUEST_SUPPLEMENT;
				default -> Recommendation.APPROVE;
			};
			add(new RecordOpinionCommand(this.dossierId, null, this.specialist, specialistSteps.get(0).code(), first,
					"Ý kiến thẩm định: " + first.name().toLowerCase()));
			if (this.scenario == Scenario.PROCESSING_SUPPLEMENT) {
				requestSupplementDuringAppraisal(specialistSteps.get(0));
			}
			if (this.scenario == Scenario.STOPPED) {
				officerActs(jitter(perMove));
				add(new TransferDossierCommand(this.dossierId, null, this.specialist, this.leader, leaderStep.code()));
				officerActs(jitter(perMove));
				add(new StopProcessingCommand(this.dossierId, null, this.leader,
						"Kết quả thẩm định: hồ sơ không đáp ứng điều kiện theo quy định của thủ tục",
						PROCESSING_LEGAL_BASIS));
				return;
			}
			String holder = this.specialist;
			for (ProcedureStep step : specialistSteps.subList(1, specialistSteps.size())) {
				String next = this.citizens.pick(this.staffed.specialists());
				officerActs(jitter(perMove));
				add(new TransferDossierCommand(this.dossierId, null, holder, next, step.code()));
				officerActs(jitter(perMove));
				add(new RecordOpinionCommand(this.dossierId, null, next, step.code(), Recommendation.APPROVE,
						"Đủ điều kiện, đề nghị trình ký"));
				holder = next;
			}
			officerActs(jitter(perMove));
			add(new TransferDossierCommand(this.dossierId, null, holder, this.leader, leaderStep.code()));
			officerActs(jitter(perMove));
			String decisionSha256 = this.citizens.documentSha256();
			add(new SignDecisionCommand(this.dossierId, null, this.leader, decisionSha256,
					ProvincePlanner.this.signatures.sign(this.leader, decisionSha256)));
			officerActs(jitter(perMove));
			add(new TransferDossierCommand(this.dossierId, null, this.leader, this.clerk, clerkStep.code()));
			officerActs(jitter(perMove));
			boolean electronic = !atReceipt.paperResult() || chance(0.3);
			add(new IssueResultCommand(this.dossierId, null, this.clerk, "KQ-" + this.citizens.digits(8),
					(1 + this.random.nextInt(9000)) + "/QĐ", this.citizens.documentSha256(), electronic));
			Instant resolvedAt = this.now;
			if (this.scenario == Scenario.LATE_WITH_APOLOGY && resolvedAt.isAfter(dueAt)) {
				apologise(receivedAt, dueAt, resolvedAt, atReceipt.rulebook().apologyWindowWorkingHours() * 60L);
			}
			collectFees(atReceipt);
			deliverAndRate(electronic);
		}

		/**
		 * Share of the statutory time the dossier takes: well within it, over it when
		 * late.
		 */
		private double processingShare() {
			return switch (this.scenario) {
				case LATE_WITH_APOLOGY, LATE_WITHOUT_APOLOGY -> 1.15 + 0.6 * this.random.nextDouble();
				default -> 0.2 + 0.6 * this.random.nextDouble();
			};
		}

		private void requestSupplementDuringAppraisal(ProcedureStep step) {
			officerActs(minutes(5, 60));
			add(new RequestSupplementCommand(this.dossierId, null, this.specialist, supplementItems(),
					"Cần làm rõ thông tin kê khai trước khi thẩm định", PROCESSING_LEGAL_BASIS, this.leader, null));
			applicantActs(workingDays(1, 5));
			add(new ReceiveSupplementCommand(this.dossierId, null, this.specialist, supplementDocuments()));
			if (this.specialist.equals(ProvincePlanner.this.misconduct.serialSupplementer())) {
				officerActs(minutes(60, 4 * 60));
				if (chance(0.4)) {
					probe(new RequestSupplementCommand(this.dossierId, null, this.specialist, supplementItems(),
							"Hồ sơ vẫn chưa đạt yêu cầu, đề nghị bổ sung", PROCESSING_LEGAL_BASIS, this.leader, null));
					officerActs(minutes(1, 15));
				}
				add(new RequestSupplementCommand(this.dossierId, null, this.specialist, supplementItems(),
						"Hồ sơ vẫn chưa đạt yêu cầu, đề nghị bổ sung", PROCESSING_LEGAL_BASIS, this.leader,
						THIN_OVERRIDE_REASON));
				applicantActs(workingDays(1, 4));
				add(new ReceiveSupplementCommand(this.dossierId, null, this.specialist, supplementDocuments()));
			}
			officerActs(minutes(30, 8 * 60));
			add(new RecordOpinionCommand(this.dossierId, null, this.specialist, step.code(), Recommendation.APPROVE,
					"Đã nhận đủ hồ sơ bổ sung, đề nghị giải quyết"));
		}

		/**
		 * A timely apology falls within the last working hours before the due date; the
		 * late apologiser sends it once the date has passed (the aggregate allows that:
		 * no working time is left).
		 */
		private void apologise(Instant receivedAt, Instant dueAt, Instant resolvedAt, long windowMinutes) {
			StatutoryClock clock = ProvincePlanner.this.statutoryClock;
			Instant apologyAt;
			if (this.leader.equals(ProvincePlanner.this.misconduct.lateApologiser())) {
				long lateBy = clock.workingMinutesBetween(dueAt, resolvedAt);
				apologyAt = clock.addWorkingMinutes(dueAt, Math.max(1, lateBy / 3));
			}
			else {
				apologyAt = timelyApologyTime(receivedAt, dueAt, windowMinutes);
			}
			Instant newDueAt = clock.addWorkingMinutes(apologyAt.isAfter(dueAt) ? apologyAt : dueAt, workingDays(1, 3));
			add(apologyAt,
					new IssueApologyCommand(this.dossierId, null, this.leader,
							"Hồ sơ cần xác minh thêm với cơ quan liên quan nên chưa trả kết quả đúng hẹn", newDueAt,
							this.citizens.pick(List.of(ApologyChannel.values()))));
		}

		/**
		 * An office-hours instant after receipt, inside the procedure's apology window
		 * before the due date (between a quarter and three quarters of it left, so never
		 * at its edge); failing that, as late as that allows.
		 */
		private Instant timelyApologyTime(Instant receivedAt, Instant dueAt, long windowMinutes) {
			StatutoryClock clock = ProvincePlanner.this.statutoryClock;
			long earliestLeft = windowMinutes * 3 / 4;
			long latestLeft = Math.max(1, windowMinutes / 4);
			for (int quartersBack = 1; quartersBack < 4 * 24 * 7; quartersBack++) {
				Instant candidate = dueAt.minus(Duration.ofMinutes(15L * quartersBack));
				if (!candidate.isAfter(receivedAt)) {
					break;
				}
				long left = clock.workingMinutesBetween(candidate, dueAt);
				boolean inOfficeHours = clock.workingMinutesBetween(candidate, candidate.plusSeconds(60)) == 1;
				if (inOfficeHours && left >= latestLeft && left <= earliestLeft) {
					return candidate;
				}
				if (left > earliestLeft) {
					break;
				}
			}
			return clock.addWorkingMinutes(receivedAt,
					Math.max(1, clock.workingMinutesBetween(receivedAt, dueAt) - latestLeft));
		}

		private void collectFees(Procedure atReceipt) {
			List<FeeLine> fees = atReceipt.feeLines(this.channel == Channel.ONLINE);
			long total = fees.stream().mapToLong(FeeLine::amountVnd).sum();
			if (total == 0) {
				return;
			}
			officerActs(minutes(5, 60));
			add(new RequestFinancialObligationCommand(this.dossierId, null, this.clerk, fees));
			PaymentGateway gateway = switch (this.channel) {
				case ONLINE -> chance(0.6) ? PaymentGateway.NATIONAL_PORTAL : PaymentGateway.LOCAL_GATEWAY;
				case POSTAL -> PaymentGateway.LOCAL_GATEWAY;
				case IN_PERSON -> chance(0.75) ? PaymentGateway.CASH_AT_DESK : PaymentGateway.NATIONAL_PORTAL;
			};
			String transaction = "GD" + this.sequence + "-";
			if (gateway.isOnline() && chance(0.15)) {
				int failures = 1 + this.random.nextInt(2);
				for (int attempt = 1; attempt <= failures; attempt++) {
					applicantActs(minutes(5, 240));
					add(new RecordFailedPaymentCommand(this.dossierId, null, transaction + "F" + attempt, total,
							gateway, this.citizens.pick(List.of("Thẻ hết hạn mức", "Hết thời gian giao dịch",
									"Ngân hàng từ chối giao dịch"))));
				}
			}
			if (gateway == PaymentGateway.CASH_AT_DESK) {
				officerActs(minutes(30, 2 * 60 * 8));
			}
			else {
				applicantActs(minutes(10, 24 * 60));
			}
			add(new ConfirmPaymentCommand(this.dossierId, null, transaction + "OK", total, gateway,
					"BL-" + this.citizens.digits(10), gateway == PaymentGateway.CASH_AT_DESK ? this.clerk : null));
		}

		private void deliverAndRate(boolean electronic) {
			officerActs(minutes(10, 2 * 8 * 60));
			DeliveryMethod method = deliveryMethod();
			if (method == DeliveryMethod.ONLINE && !electronic) {
				method = DeliveryMethod.AT_DESK;
			}
			String officer = method == DeliveryMethod.AT_DESK ? this.deskOfficer : this.clerk;
			SubjectRef recipient = this.representative != null ? this.representative : this.applicant;
			add(new DeliverResultCommand(this.dossierId, null, officer, method, recipient, null));
			if (chance(0.75)) {
				applicantActs(minutes(5, 3 * 24 * 60));
				int score = pickWeighted(List.of(5, 4, 3, 2, 1), (value) -> switch (value) {
					case 5 -> 55;
					case 4 -> 25;
					case 3 -> 10;
					default -> 5;
				}, this.random);
				add(new RateSatisfactionCommand(this.dossierId, null, submitter(), score,
						chance(0.5) ? this.citizens.pick(RATING_COMMENTS) : null));
			}
		}

		// ---- Helpers

		private DeliveryMethod deliveryMethod() {
			return switch (this.channel) {
				case ONLINE -> this.procedure.paperResult() ? DeliveryMethod.BY_POST : DeliveryMethod.ONLINE;
				case POSTAL -> DeliveryMethod.BY_POST;
				case IN_PERSON -> DeliveryMethod.AT_DESK;
			};
		}

		private List<SupplementItem> supplementItems() {
			List<DocumentComponent> components = this.procedure.components();
			int count = 1 + this.random.nextInt(Math.min(2, components.size()));
			List<SupplementItem> items = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				DocumentComponent component = components
					.get((i + this.random.nextInt(components.size())) % components.size());
				if (items.stream().noneMatch((item) -> item.componentCode().equals(component.code()))) {
					items.add(new SupplementItem(component.code(), this.citizens.pick(DOCUMENT_ISSUES)));
				}
			}
			return items;
		}

		private List<SubmittedDocument> supplementDocuments() {
			return List.of(document(this.citizens.pick(this.procedure.components())));
		}

		private static ProcedureStep stepPerformedBy(Procedure procedure, Role role) {
			return procedure.steps()
				.stream()
				.filter((step) -> step.performedBy() == role)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"Procedure " + procedure.code() + " has no step performed by a " + role));
		}

		private SubjectRef submitter() {
			return this.representative != null ? this.representative : this.applicant;
		}

		private void officerActs(long workingMinutesLater) {
			this.now = ProvincePlanner.this.statutoryClock.addWorkingMinutes(this.now, workingMinutesLater);
		}

		private void applicantActs(long minutesLater) {
			this.now = this.now.plus(Duration.ofMinutes(minutesLater));
		}

		private void add(Object command) {
			add(this.now, command);
		}

		private void add(Instant at, Object command) {
			this.commands.add(new PlannedCommand(at, command, false));
		}

		private void probe(Object command) {
			this.commands.add(new PlannedCommand(this.now, command, true));
		}

		private long jitter(long minutes) {
			return Math.max(1, (long) (minutes * (0.5 + this.random.nextDouble())));
		}

		private long minutes(int from, int to) {
			return from + this.random.nextInt(to - from + 1);
		}

		private long workingDays(int from, int to) {
			return minutes(from * (int) WORKING_DAY_MINUTES, to * (int) WORKING_DAY_MINUTES);
		}

		private boolean chance(double probability) {
			return this.random.nextDouble() < probability;
		}

	}

}
