package vn.dossierledger.command.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import vn.dossierledger.command.signature.DemoCertificateAuthority;
import vn.dossierledger.command.signature.KeyAlgorithm;
import vn.dossierledger.command.signature.SignatureVerifier;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.command.signature.X509SignatureVerifier;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.PersonalData;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SignatureCheck;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

/**
 * Builds the Dossier fixture with every injected service wired to the real reference
 * data, and offers a {@link History} builder so that given-clauses read as the dossier's
 * story (submitted → received → transferred …).
 */
final class DossierTestSupport {

	/** Tuesday 10 March 2026, 09:00 in Hà Nội: a working morning. */
	static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

	static final String DOSSIER_ID = "0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0001";

	static final String OTHER_DOSSIER_ID = "0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0002";

	static final String DOSSIER_CODE = "H26.01-260310-0001";

	static final SubjectRef APPLICANT = new SubjectRef("subject-applicant-01");

	static final SubjectRef REPRESENTATIVE = new SubjectRef("subject-representative-01");

	static final SubjectRef STRANGER = new SubjectRef("subject-stranger-01");

	static final PersonalData APPLICANT_DATA = new PersonalData("Nguyễn Văn An", "001090000001",
			LocalDate.of(1990, 1, 1), "Phúc Xá, Hà Nội", "0900000001", "an@example.vn");

	static final String REASON = "Thiếu giấy chứng sinh bản chính";

	static final String LEGAL_BASIS = "Nghị định 123/2015/NĐ-CP, Điều 9";

	static final String OVERRIDE_REASON = "Công dân nộp bổ sung sai thành phần lần trước";

	static final String AUTHORISATION_REF = "UQ-2026-001";

	static final ProcedureCatalogue CATALOGUE = YamlProcedureCatalogue.loadDefault();

	static final OfficerRegistry OFFICERS = YamlOfficerRegistry.loadDefault();

	static final StatutoryClock STATUTORY_CLOCK = new StatutoryClock(
			WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE));

	/** Issued "at" 2025-01-01, so certificates are valid from 2025 to the end of 2026. */
	static final DemoCertificateAuthority CA = DemoCertificateAuthority.generate("Test CA",
			Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

	static final SignatureVerifier VERIFIER = new X509SignatureVerifier(List.of(CA.rootCertificate()));

	static final String DECISION_SHA256 = sha256("decision");

	static final String RESULT_SHA256 = sha256("result");

	final AggregateTestFixture<Dossier> fixture = new AggregateTestFixture<>(Dossier.class);

	final InMemoryUniqueClaims claims = new InMemoryUniqueClaims();

	/** The aggregate's clock when none was given: reads the fixture's time. */
	final FixtureClock clock = new FixtureClock(this.fixture::currentTime);

	/** The aggregate's clock reads the fixture's current time. */
	DossierTestSupport() {
		this(null, CATALOGUE);
	}

	/**
	 * @param clock the aggregate's clock, or {@code null} for one that reads the
	 * fixture's current time
	 */
	DossierTestSupport(Clock clock) {
		this(clock, CATALOGUE);
	}

	/**
	 * @param catalogue the procedure catalogue the aggregate reads, e.g. one with another
	 * rulebook
	 */
	DossierTestSupport(ProcedureCatalogue catalogue) {
		this(null, catalogue);
	}

	private DossierTestSupport(Clock clock, ProcedureCatalogue catalogue) {
		this.fixture.registerInjectableResource(catalogue);
		this.fixture.registerInjectableResource(OFFICERS);
		this.fixture.registerInjectableResource(STATUTORY_CLOCK);
		this.fixture.registerInjectableResource(VERIFIER);
		this.fixture.registerInjectableResource(this.claims);
		this.fixture.registerInjectableResource(clock != null ? clock : this.clock);
	}

	/** The fixture at {@link #NOW} with this history. */
	TestExecutor<Dossier> given(History history) {
		return givenAt(NOW, history);
	}

	TestExecutor<Dossier> givenAt(Instant now, History history) {
		return this.fixture.givenCurrentTime(now).andGiven(history.events());
	}

	// ---- Reference data

	/** How an officer appears in events: id, the given role, their unit. */
	/** The command breaks the rule and nothing is stored. */
	void expectViolation(History history, Object command, DossierRule rule) {
		given(history).when(command).expectException(violationOf(rule)).expectNoEvents();
	}

	static Actor actor(String officerId, Role role) {
		Officer officer = OFFICERS.officer(officerId).orElseThrow();
		return new Actor(officer.id(), role, officer.unitId());
	}

	static Holder holder(String officerId) {
		Officer officer = OFFICERS.officer(officerId).orElseThrow();
		String agencyId = OFFICERS.agencyOfUnit(officer.unitId()).orElseThrow().id();
		return new Holder(officer.id(), officer.unitId(), agencyId);
	}

	static DetachedSignature signedBy(String commonName, String sha256) {
		return CA.issueSigner(commonName, KeyAlgorithm.EC_P256).sign(sha256);
	}

	static SignatureCheck check(String sha256, DetachedSignature signature, Instant at) {
		return VERIFIER.verify(sha256, signature, at);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<SubmittedDocument> documents(List<String> componentCodes, boolean signed) {
		return componentCodes.stream().map((code) -> {
			String sha = sha256(code);
			return new SubmittedDocument(code, code, CopyType.ELECTRONIC, sha, true, false,
					signed ? signedBy("applicant-" + APPLICANT.value(), sha) : null);
		}).toList();
	}

	static List<SupplementItem> items(String componentCode) {
		return List.of(new SupplementItem(componentCode, "Bản chụp mờ, không đọc được"));
	}

	/** Matches a rule violation of the given rule, whatever its message. */
	static Matcher<Object> violationOf(DossierRule rule) {
		return new TypeSafeMatcher<>(Object.class) {
			@Override
			protected boolean matchesSafely(Object item) {
				return item instanceof DossierRuleViolation violation && violation.rule() == rule;
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a DossierRuleViolation of rule " + rule);
			}
		};
	}

	static Matcher<Object> result(long version, vn.dossierledger.events.dossier.DossierStatus status) {
		return new TypeSafeMatcher<>(Object.class) {
			@Override
			protected boolean matchesSafely(Object item) {
				return new DossierCommandResult(DOSSIER_ID, version, status).equals(item);
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("result v" + version + " " + status);
			}
		};
	}

	/**
	 * A procedure with the officers who handle it.
	 */
	record Scenario(String procedureCode, Channel channel, String desk, String specialist, String leader, String clerk,
			List<String> components) {

		/** Đăng ký khai sinh at Phúc Xá ward: 8 working hours, cut-off 15:00, no fee. */
		static final Scenario BIRTH = new Scenario("1.001193", Channel.IN_PERSON, "hn-phk-tn-01", "hn-phk-cv-01",
				"hn-phk-ld-01", "hn-phk-vt-01", List.of("TO_KHAI", "GIAY_CHUNG_SINH"));

		/** Lý lịch tư pháp, Hà Nội justice department via the city centre desk. */
		static final Scenario CRIMINAL_RECORD = new Scenario("2.000488", Channel.IN_PERSON, "hn-tn-01", "hn-tp-cv-01",
				"hn-tp-ld-01", "hn-tp-vt-01", List.of("TO_KHAI", "GIAY_TO_TUY_THAN"));

		/** Văn phòng công chứng, Thanh Hóa: the clock pauses while the fee is unpaid. */
		static final Scenario NOTARY_OFFICE = new Scenario("2.000789", Channel.IN_PERSON, "th-tn-01", "th-tp-cv-01",
				"th-tp-ld-01", "th-tp-vt-01", List.of("DON_DE_NGHI", "QUYET_DINH_THANH_LAP", "GIAY_TO_TRU_SO"));

		/** Đổi GPLX (police since 2025): cheaper online, signature required online. */
		static final Scenario DRIVING_LICENCE = new Scenario("1.002804", Channel.IN_PERSON, "hnca-tn-01", "hnca-cv-01",
				"hnca-ld-01", "hnca-vt-01", List.of("DON_DE_NGHI", "GIAY_KHAM_SUC_KHOE", "BAN_SAO_GPLX"));

		Scenario via(Channel otherChannel) {
			return new Scenario(this.procedureCode, otherChannel, this.desk, this.specialist, this.leader, this.clerk,
					this.components);
		}

		Procedure procedureOn(Instant at) {
			return CATALOGUE.inForce(this.procedureCode, LocalDate.ofInstant(at, VietnamTime.ZONE)).orElseThrow();
		}

		List<FeeLine> feeLines() {
			return procedureOn(NOW).feeLines(this.channel == Channel.ONLINE);
		}

	}

	static History history(Scenario scenario) {
		return new History(scenario, NOW.minus(Duration.ofHours(1)));
	}

	static History history(Scenario scenario, Instant start) {
		return new History(scenario, start);
	}

	/**
	 * The past of one dossier as events, two minutes apart. Tracks what later events need
	 * (procedure version, due date, holder, pause) the way the aggregate would.
	 */
	static final class History {

		private final Scenario scenario;

		private final List<DossierEvent> events = new ArrayList<>();

		private Instant at;

		private Procedure procedure;

		private Instant dueAt;

		private Holder holder;

		private Instant pauseStartedAt;

		private String receivedBy;

		History(Scenario scenario, Instant start) {
			this.scenario = scenario;
			this.at = start;
		}

		Scenario scenario() {
			return this.scenario;
		}

		Procedure procedure() {
			return this.procedure;
		}

		Instant dueAt() {
			return this.dueAt;
		}

		Holder holder() {
			return this.holder;
		}

		String receivedBy() {
			return this.receivedBy;
		}

		/** When the last event happened. */
		Instant lastAt() {
			return this.events.get(this.events.size() - 1).occurredAt();
		}

		/** Version the aggregate reports after these events. */
		long version() {
			return this.events.size() - 1;
		}

		List<DossierEvent> list() {
			return List.copyOf(this.events);
		}

		Object[] events() {
			return this.events.toArray();
		}

		private Instant tick() {
			Instant now = this.at;
			this.at = this.at.plus(Duration.ofMinutes(2));
			return now;
		}

		private History add(DossierEvent event) {
			this.events.add(event);
			return this;
		}

		History submitted() {
			this.procedure = this.scenario.procedureOn(this.at);
			return add(new DossierSubmittedEvent(DOSSIER_ID, DOSSIER_CODE, this.procedure.code(),
					this.procedure.version(), this.scenario.channel(), APPLICANT, APPLICANT_DATA, REPRESENTATIVE, null,
					AUTHORISATION_REF, documents(this.scenario.components(), false), null,
					Actor.representative(REPRESENTATIVE), tick()));
		}

		History intakeSupplementRequested() {
			return add(new IntakeSupplementRequestedEvent(DOSSIER_ID, items(this.scenario.components().get(0)), REASON,
					LEGAL_BASIS, null, actor(this.scenario.desk(), Role.RECEIVING_OFFICER), tick()));
		}

		History supplementSubmitted() {
			return add(new SupplementSubmittedEvent(DOSSIER_ID, documents(this.scenario.components(), false),
					Actor.applicant(APPLICANT), tick()));
		}

		History intakeRejected() {
			return add(new IntakeRejectedEvent(DOSSIER_ID, REASON, LEGAL_BASIS,
					actor(this.scenario.desk(), Role.RECEIVING_OFFICER), tick()));
		}

		History received() {
			return receivedBy(this.scenario.desk());
		}

		/**
		 * Received by any officer id (even one who could not have, to build odd pasts).
		 */
		History receivedBy(String officerId) {
			Instant now = tick();
			this.procedure = this.scenario.procedureOn(now);
			this.dueAt = STATUTORY_CLOCK.dueAt(now, this.procedure.sla(), this.procedure.cutOffTime());
			this.receivedBy = officerId;
			return add(new DossierReceivedEvent(DOSSIER_ID, "TN-" + DOSSIER_CODE, this.procedure.version(),
					this.procedure.sla(), this.dueAt, STATUTORY_CLOCK.calendarVersion(), DeliveryMethod.AT_DESK,
					actor(officerId, Role.RECEIVING_OFFICER), now));
		}

		History transferredTo(String officerId, String stepCode) {
			Holder from = this.holder != null ? this.holder : new Holder(this.scenario.desk(),
					actor(this.scenario.desk(), Role.RECEIVING_OFFICER).unitId(), this.procedure.agencyId());
			Actor by = this.holder != null ? actor(this.holder.officerId(), Role.SPECIALIST)
					: actor(this.scenario.desk(), Role.RECEIVING_OFFICER);
			this.holder = DossierTestSupport.holder(officerId);
			return add(new DossierTransferredEvent(DOSSIER_ID, from, this.holder, stepCode, this.dueAt, by, tick()));
		}

		/** Received and handed to the specialist for appraisal. */
		History inProcessing() {
			return submitted().received().transferredTo(this.scenario.specialist(), "THAM_DINH");
		}

		History supplementRequested() {
			return supplementRequested(null);
		}

		History supplementRequested(String overrideReason) {
			Instant now = tick();
			this.pauseStartedAt = now;
			return add(new SupplementRequestedEvent(DOSSIER_ID, items(this.scenario.components().get(0)), REASON,
					LEGAL_BASIS, this.scenario.leader(), overrideReason,
					actor(this.scenario.specialist(), Role.SPECIALIST), now));
		}

		History supplementReceived() {
			Instant now = tick();
			long paused = STATUTORY_CLOCK.workingMinutesBetween(this.pauseStartedAt, now);
			this.dueAt = STATUTORY_CLOCK.shiftForPause(this.dueAt, this.pauseStartedAt, now);
			this.pauseStartedAt = null;
			return add(new SupplementReceivedEvent(DOSSIER_ID, documents(this.scenario.components(), false), paused,
					this.dueAt, actor(this.scenario.desk(), Role.RECEIVING_OFFICER), now));
		}

		History feesRequested() {
			List<FeeLine> fees = this.procedure.feeLines(this.scenario.channel() == Channel.ONLINE);
			long total = fees.stream().mapToLong(FeeLine::amountVnd).sum();
			Instant now = tick();
			boolean pauses = this.procedure.rulebook().pauseClockForPayment() && this.pauseStartedAt == null
					&& !this.events.stream().anyMatch(ResultIssuedEvent.class::isInstance);
			if (pauses) {
				this.pauseStartedAt = now;
			}
			return add(new FinancialObligationRequestedEvent(DOSSIER_ID, fees, total, pauses,
					actor(this.scenario.specialist(), Role.SPECIALIST), now));
		}

		History paid(String transactionId, long amountVnd) {
			Instant now = tick();
			long paused = 0;
			if (this.pauseStartedAt != null) {
				paused = STATUTORY_CLOCK.workingMinutesBetween(this.pauseStartedAt, now);
				this.dueAt = STATUTORY_CLOCK.shiftForPause(this.dueAt, this.pauseStartedAt, now);
				this.pauseStartedAt = null;
			}
			return add(new PaymentSucceededEvent(DOSSIER_ID, transactionId, amountVnd, PaymentGateway.NATIONAL_PORTAL,
					"BL-" + transactionId, paused, this.dueAt, Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL),
					now));
		}

		History refunded(String transactionId, long amountVnd) {
			return add(new PaymentRefundedEvent(DOSSIER_ID, transactionId, amountVnd, REASON,
					actor(this.scenario.leader(), Role.APPROVING_LEADER), tick()));
		}

		History apologised(Instant newDueAt) {
			Instant old = this.dueAt;
			this.dueAt = newDueAt;
			return add(new ApologyIssuedEvent(DOSSIER_ID, REASON, old, newDueAt, ApologyChannel.EMAIL,
					actor(this.scenario.leader(), Role.APPROVING_LEADER), tick()));
		}

		History decisionSigned() {
			Instant now = tick();
			DetachedSignature signature = signedBy(this.scenario.leader(), DECISION_SHA256);
			return add(new DecisionSignedEvent(DOSSIER_ID, DECISION_SHA256, check(DECISION_SHA256, signature, now),
					actor(this.scenario.leader(), Role.APPROVING_LEADER), now));
		}

		History resultIssued(boolean electronic) {
			return add(new ResultIssuedEvent(DOSSIER_ID, "KQ-" + DOSSIER_CODE, "123/QĐ", RESULT_SHA256, electronic,
					actor(this.scenario.clerk(), Role.CLERK), tick()));
		}

		/** Signed and issued on paper. */
		History resolved() {
			return decisionSigned().resultIssued(false);
		}

		History delivered() {
			return add(new ResultDeliveredEvent(DOSSIER_ID, DeliveryMethod.AT_DESK, APPLICANT, null,
					actor(this.scenario.desk(), Role.RECEIVING_OFFICER), tick()));
		}

		History stopped() {
			return add(new ProcessingStoppedEvent(DOSSIER_ID, REASON, LEGAL_BASIS,
					actor(this.scenario.leader(), Role.APPROVING_LEADER), tick()));
		}

		History withdrawalRequested() {
			return add(
					new WithdrawalRequestedEvent(DOSSIER_ID, "Không còn nhu cầu", Actor.applicant(APPLICANT), tick()));
		}

		History withdrawn() {
			return add(new WithdrawalAcceptedEvent(DOSSIER_ID, actor(this.scenario.desk(), Role.RECEIVING_OFFICER),
					tick()));
		}

		History rated() {
			return add(new SatisfactionRatedEvent(DOSSIER_ID, 5, "Tốt", Actor.applicant(APPLICANT), tick()));
		}

	}

}
