package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.app.StatisticsScenario.CLERK;
import static vn.dossierledger.app.StatisticsScenario.DESK_1;
import static vn.dossierledger.app.StatisticsScenario.DESK_2;
import static vn.dossierledger.app.StatisticsScenario.DESK_3;
import static vn.dossierledger.app.StatisticsScenario.SPECIALIST;
import static vn.dossierledger.app.StatisticsScenario.at;
import static vn.dossierledger.app.StatisticsScenario.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.query.statistics.FigureDossierView;
import vn.dossierledger.events.query.statistics.FigureDossiersView;
import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindOfficerOversightQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.GroupScoreView;
import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.events.query.statistics.OfficerOversightView;
import vn.dossierledger.events.query.statistics.RankingEntryView;
import vn.dossierledger.events.query.statistics.RankingView;
import vn.dossierledger.projection.statistics.Decision766Scorecard;
import vn.dossierledger.projection.statistics.PerformanceStatisticsProjection;
import vn.dossierledger.projection.statistics.StatisticsReader;

/**
 * The hand-computed scenario: thirteen dossiers of ward Phúc Khánh (hn-phk) with known
 * clocks, fed as events into the statistics projection on the real H2 database, and their
 * Decision 766 indicators asserted to exact values. Period 6–17/10/2025 (no holidays),
 * judged as of Wed 15/10/2025 12:00. Office hours 07:30–11:30, 13:00–17:00.
 * <p>
 * Procedures: HKD = 2.000720 household business (fee 100 000 đ, online 50 000 đ; fully
 * online eligible; paper result); KS = 1.001193 birth (fee 0; eligible; paper); KH =
 * 1.000894 marriage (fee 0; not eligible; paper).
 *
 * <pre>
 * id  proc ch   received      due           what happens                                   end / verdict
 * D1  HKD  onl  Mon 06 08:00  Thu 09 08:00  tn-01→cv-01 09:00; fees 50k, paid NATIONAL; e-result Tue 07 10:00;
 *                                           delivered, rated 5; 2 digitised docs, one reused      on time
 * D2  HKD  desk Mon 06 09:00  Thu 09 09:00  tn-01→cv-01 10:00; fees, paid CASH; apology Wed 08; paper result
 *                                           Fri 10 09:00; delivered, rated 2; paper docs              late
 * D3  KS   onl  Tue 07 08:00  Tue 07 16:00  →cv-01 09:00; supplement Tue 10:00, back Wed 10:00 (paused 480,
 *                                           due → Wed 16:00); e-result Wed 15:00; delivered             on time
 * D4  KS   onl  Tue 07 08:00  Tue 07 16:00  →cv-01 09:00; supplement 09:30 back 10:30 (60, due 17:00); again
 *                                           13:00 back 14:00 (60, due Wed 08:30); e-result Tue 15:00   late (2 requests, R3)
 * D5  KS   onl  Wed 08 08:00  Wed 08 16:00  →cv-01 09:00; supplement Wed 10:00, never back        on time (R4)
 * D6  KS   desk Fri 10 08:00  Fri 10 16:00  received by tn-03, open, due date missed            late (open, past due)
 * D7  HKD  onl  Mon 13 08:00  Thu 16 08:00  received by tn-03; fees 50k paid LOCAL_GATEWAY; open  on time (open, in time)
 * D8  KH   desk Thu 09 08:00  Thu 16 08:00  received by tn-02; withdrawn Fri 10 10:00           on time (closed early)
 * D9  KH   desk Thu 09 09:00  Thu 16 09:00  received by tn-02; stopped Mon 13 10:00              on time
 * D10 HKD  desk Tue 07 13:00  Fri 10 13:00  →cv-01 14:00; fees 0 (exempt); e-result Thu 09 14:00; delivered,
 *                                           rated 4; docs reused from the repository                  on time
 * D11 HKD  onl  Wed 08 08:00  Mon 13 08:00  →cv-01 09:00; fees, paid NATIONAL; apology Fri 10; paper result
 *                                           Tue 14 08:00; delivered, rated 1                          late
 * D12 KS   onl  —            —             refused at intake by tn-02 Mon 06 14:30                not received
 * D13 HKD  desk Mon 20 08:00  Thu 23 08:00  received after the period                          not counted
 *
 * received 11 (D1–D11); on time 7 (D1 D3 D5 D7 D8 D9 D10) → 63.64 %; late 4 → 36.36 %; open 3 (D5 D6 D7)
 * online (channel online and e-result for paper results): D1 D3 D4 = 3 → 27.27 %
 * fully online: eligible D1–D7 D10 D11 = 9, online among them 3 → 33.33 %
 * online payment: fee-bearing D1 D2 D7 D11 = 4 (D10 all-zero fees), paid online D1 D7 D11 = 3 → 75.00 %
 * e-result: resolved paper-result D1 D2 D3 D4 D10 D11 = 6, electronic D1 D3 D4 D10 = 4 → 66.67 %
 * digitised (all components digitised and e-result): D1 D3 D4 D10 = 4 → 36.36 %
 * data reuse: D1 D10 = 2 → 18.18 %
 * ratings 5 2 4 1: mean 3.00; delivered D1 D2 D3 D10 D11 = 5 → coverage 80.00 %; rated ≤ 2: D2 D11 → 18.18 %
 * satisfaction = 100 − (36.3636 + 18.1818) = 45.45 %
 * resolution (working minutes received → result, minus pauses): D1 Mon 08:00→Tue 10:00 = 450+150 = 600;
 *   D2 Mon 09:00→Fri 09:00 = 4 days = 1920; D3 450+360−480 = 330; D4 Tue 08:00→15:00 = 330−120 = 210;
 *   D10 Tue 13:00→Thu 14:00 = 240+480+300 = 1020; D11 Wed 08:00→Tue 08:00 = 450+480+480+480+30 = 1920;
 *   sum 6000 over 6 → 1000.00
 * scores: TDGQ 63.64×20/100 = 12.73; CLGQ 33.33×12/100 = 4.00; TTTT 3.6 75×6/100 = 4.50;
 *   MDSH 66.67×6/100 = 4.00 + 36.36×4/80 = 1.82 + 18.18×2/80 = 0.45 → 6.27; MDHL 45.45×6/90 = 3.03;
 *   total 30.53 of 56 computable points
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsScenarioIT extends SharedLedgerTest {

	static final LocalDate FROM = LocalDate.of(2025, 10, 6);

	static final LocalDate TO = LocalDate.of(2025, 10, 17);

	static final Instant AS_OF = at("2025-10-15T12:00");

	static final String HKD = "2.000720";

	static final String KS = "1.001193";

	static final String KH = "1.000894";

	@Autowired
	private PerformanceStatisticsProjection projection;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private QueryGateway queryGateway;

	@Autowired
	private StatisticsReader reader;

	private StatisticsScenario d2;

	/**
	 * The scenario is fed straight into the projection, not through the event store, so a
	 * rebuild could never reproduce it: remove it, leaving the shared database as the
	 * other tests (ReadModelReplayIT) expect it.
	 */
	@AfterAll
	void removeTheScenario() {
		JdbcTemplate jdbc = eventStore().jdbc();
		for (String table : List.of("stat_step_hold", "stat_dossier_officer", "stat_dossier_fact")) {
			jdbc.update("delete from " + table + " where dossier_id like 'stat-scenario-%'");
		}
	}

	@BeforeAll
	void feedTheScenario() {
		var paper = List.of(document(false, false), document(false, false));
		var digital = List.of(document(true, false), document(true, false));
		dossier("D1", HKD, Channel.ONLINE, List.of(document(true, false), document(true, true)), "2025-10-06T07:00")
			.receive(DESK_1, "2025-10-06T08:00", "2025-10-09T08:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-06T09:00")
			.requestFees(50000, "2025-10-06T09:30")
			.pay(PaymentGateway.NATIONAL_PORTAL, "2025-10-06T09:40")
			.issueResult(true, "2025-10-07T10:00")
			.deliver("2025-10-07T11:00")
			.rate(5, "2025-10-07T12:00");
		this.d2 = dossier("D2", HKD, Channel.IN_PERSON, paper, "2025-10-06T08:50")
			.receive(DESK_1, "2025-10-06T09:00", "2025-10-09T09:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-06T10:00")
			.requestFees(100000, "2025-10-06T10:10")
			.pay(PaymentGateway.CASH_AT_DESK, "2025-10-06T10:20")
			.apologise("2025-10-08T15:00", "2025-10-10T17:00")
			.missDueDate()
			.issueResult(false, "2025-10-10T09:00")
			.deliver("2025-10-10T10:00")
			.rate(2, "2025-10-10T11:00");
		dossier("D3", KS, Channel.ONLINE, digital, "2025-10-07T07:00")
			.receive(DESK_1, "2025-10-07T08:00", "2025-10-07T16:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-07T09:00")
			.requestSupplement("2025-10-07T10:00")
			.receiveSupplement(480, "2025-10-08T10:00")
			.issueResult(true, "2025-10-08T15:00")
			.deliver("2025-10-08T15:30");
		dossier("D4", KS, Channel.ONLINE, digital, "2025-10-07T07:10")
			.receive(DESK_1, "2025-10-07T08:00", "2025-10-07T16:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-07T09:00")
			.requestSupplement("2025-10-07T09:30")
			.receiveSupplement(60, "2025-10-07T10:30")
			.requestSupplement("2025-10-07T13:00")
			.receiveSupplement(60, "2025-10-07T14:00")
			.issueResult(true, "2025-10-07T15:00");
		dossier("D5", KS, Channel.ONLINE, digital, "2025-10-08T07:00")
			.receive(DESK_1, "2025-10-08T08:00", "2025-10-08T16:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-08T09:00")
			.requestSupplement("2025-10-08T10:00");
		dossier("D6", KS, Channel.IN_PERSON, paper, "2025-10-10T07:50")
			.receive(DESK_3, "2025-10-10T08:00", "2025-10-10T16:00")
			.missDueDate();
		dossier("D7", HKD, Channel.ONLINE, digital, "2025-10-13T07:00")
			.receive(DESK_3, "2025-10-13T08:00", "2025-10-16T08:00")
			.requestFees(50000, "2025-10-13T08:30")
			.pay(PaymentGateway.LOCAL_GATEWAY, "2025-10-13T09:00");
		dossier("D8", KH, Channel.IN_PERSON, paper, "2025-10-09T07:50")
			.receive(DESK_2, "2025-10-09T08:00", "2025-10-16T08:00")
			.withdraw(DESK_2, "2025-10-10T10:00");
		dossier("D9", KH, Channel.IN_PERSON, paper, "2025-10-09T08:50")
			.receive(DESK_2, "2025-10-09T09:00", "2025-10-16T09:00")
			.stop("2025-10-13T10:00");
		dossier("D10", HKD, Channel.IN_PERSON, List.of(document(false, true), document(false, true)),
				"2025-10-07T12:00")
			.receive(DESK_1, "2025-10-07T13:00", "2025-10-10T13:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-07T14:00")
			.requestFees(0, "2025-10-07T14:10")
			.issueResult(true, "2025-10-09T14:00")
			.deliver("2025-10-09T15:00")
			.rate(4, "2025-10-09T16:00");
		dossier("D11", HKD, Channel.ONLINE, paper, "2025-10-08T07:00")
			.receive(DESK_1, "2025-10-08T08:00", "2025-10-13T08:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-08T09:00")
			.requestFees(50000, "2025-10-08T09:10")
			.pay(PaymentGateway.NATIONAL_PORTAL, "2025-10-08T09:20")
			.apologise("2025-10-10T09:00", "2025-10-14T17:00")
			.issueResult(false, "2025-10-14T08:00")
			.deliver("2025-10-14T09:00")
			.rate(1, "2025-10-14T10:00");
		dossier("D12", KS, Channel.ONLINE, digital, "2025-10-06T14:00").rejectAtIntake(DESK_2, "2025-10-06T14:30");
		dossier("D13", HKD, Channel.IN_PERSON, paper, "2025-10-20T07:50")
			.receive(DESK_1, "2025-10-20T08:00", "2025-10-23T08:00")
			.transfer(DESK_1, SPECIALIST, "THAM_DINH", "2025-10-20T09:00");
	}

	private StatisticsScenario dossier(String name, String procedure, Channel channel,
			List<vn.dossierledger.events.dossier.SubmittedDocument> documents, String submittedAt) {
		return StatisticsScenario.submit(this.projection, this.transactions, "stat-scenario-" + name, procedure,
				channel, documents, submittedAt);
	}

	private IndicatorsView indicators(String agencyId, String unitId, String procedureCode, String officerId) {
		return this.queryGateway
			.query(new FindIndicatorsQuery(agencyId, unitId, procedureCode, officerId, FROM, TO, AS_OF),
					IndicatorsView.class)
			.join();
	}

	@Test
	void countsEveryIndicatorOfThePeriodExactly() {
		IndicatorsView view = indicators("hn-phk", null, null, null);
		assertThat(view.counts())
			.isEqualTo(new IndicatorCountsView(11, 7, 3, 6, 6000, 3, 9, 3, 4, 3, 6, 4, 4, 2, 5, 4, 12, 2, 2, 3, 1, 1));
		assertThat(view.counts().late()).isEqualTo(4);
	}

	@Test
	void ratesAreRoundedPercentagesOfTheHandComputedCounts() {
		var rates = indicators("hn-phk", null, null, null).rates();
		assertThat(rates.onTime()).isEqualTo(63.64);
		assertThat(rates.late()).isEqualTo(36.36);
		assertThat(rates.online()).isEqualTo(27.27);
		assertThat(rates.fullyOnline()).isEqualTo(33.33);
		assertThat(rates.onlinePayment()).isEqualTo(75.00);
		assertThat(rates.electronicResult()).isEqualTo(66.67);
		assertThat(rates.digitised()).isEqualTo(36.36);
		assertThat(rates.dataReuse()).isEqualTo(18.18);
		assertThat(rates.lowRated()).isEqualTo(18.18);
		assertThat(rates.satisfaction()).isEqualTo(45.45);
		assertThat(rates.meanRating()).isEqualTo(3.00);
		assertThat(rates.ratingCoverage()).isEqualTo(80.00);
		assertThat(rates.averageResolutionWorkingMinutes()).isEqualTo(1000.00);
	}

	@Test
	void scoresTheGroupsWithTheThresholdsOfTheDataFile() {
		IndicatorsView view = indicators("hn-phk", null, null, null);
		Map<String, Double> groupScores = new java.util.TreeMap<>();
		for (GroupScoreView group : view.groups()) {
			groupScores.put(group.code(), group.score());
		}
		assertThat(groupScores).containsEntry("TDGQ", 12.73)
			.containsEntry("CLGQ", 4.00)
			.containsEntry("TTTT", 4.50)
			.containsEntry("MDSH", 6.27)
			.containsEntry("MDHL", 3.03)
			.containsEntry("CKMB", null);
		assertThat(view.totalScore()).isEqualTo(30.53);
		assertThat(view.computablePoints()).isEqualTo(56.0);
		assertThat(view.notComputable()).anyMatch((line) -> line.startsWith("MDHL 5.2"))
			.anyMatch((line) -> line.startsWith("CKMB 1.4"));
	}

	@Test
	void filtersByProcedureUnitAndOfficer() {
		// KS: D3 D4 D5 D6, on time D3 D5
		assertThat(indicators(null, null, KS, null).rates().onTime()).isEqualTo(50.00);
		// cv-01 held D1 D2 D3 D4 D5 D10 D11, on time D1 D3 D5 D10
		IndicatorsView specialist = indicators(null, null, null, SPECIALIST.id());
		assertThat(specialist.counts().received()).isEqualTo(7);
		assertThat(specialist.rates().onTime()).isEqualTo(57.14);
		assertThat(indicators(null, "hn-phk-1c", null, null).counts().received()).isEqualTo(11);
		assertThat(indicators("hn-ca", null, null, null).counts().received()).isZero();
	}

	@Test
	void listsTheDossiersBehindEachIndicatorCountingExactlyWhatTheIndicatorCounts() {
		IndicatorsView view = indicators("hn-phk", null, null, null);
		var filter = new StatisticsReader.Filter("hn-phk", null, null, null);
		for (String figure : FigureDossiersView.FIGURES) {
			FigureDossiersView behind = this.reader.dossiersBehind(figure, filter, FROM, TO, AS_OF, 0, 100);
			assertThat(behind.dossiers()).as(figure)
				.hasSize((int) behind.total())
				.allMatch((dossier) -> dossier.dossierId().startsWith("stat-scenario-"));
			assertThat(behind.dossiers().stream().filter(FigureDossierView::counted).count()).as(figure)
				.isEqualTo(behind.counted());
			if (view.rates().value(figure) != null
					&& !List.of("meanRating", "averageResolutionWorkingMinutes").contains(figure)) {
				assertThat(Decision766Scorecard.round2(100.0 * behind.counted() / behind.total())).as(figure)
					.isEqualTo(view.rates().value(figure));
			}
		}
		assertThat(this.reader.dossiersBehind("meanRating", filter, FROM, TO, AS_OF, 0, 100).total())
			.isEqualTo(view.counts().rated());
		assertThat(
				this.reader.dossiersBehind("averageResolutionWorkingMinutes", filter, FROM, TO, AS_OF, 0, 100).total())
			.isEqualTo(view.counts().resolvedInPeriod());
		// On time and late split the dossiers received, a page at a time.
		List<String> onTime = counted(this.reader.dossiersBehind("onTime", filter, FROM, TO, AS_OF, 0, 100));
		List<String> late = counted(this.reader.dossiersBehind("late", filter, FROM, TO, AS_OF, 0, 100));
		assertThat(onTime).hasSize(7).doesNotContainAnyElementsOf(late);
		assertThat(late).hasSize(4);
		FigureDossiersView secondPage = this.reader.dossiersBehind("onTime", filter, FROM, TO, AS_OF, 1, 5);
		assertThat(secondPage.total()).isEqualTo(11);
		assertThat(secondPage.dossiers()).hasSize(5);
	}

	private static List<String> counted(FigureDossiersView behind) {
		return behind.dossiers().stream().filter(FigureDossierView::counted).map(FigureDossierView::dossierId).toList();
	}

	@Test
	void periodsAreTheSumOfTheirDays() {
		var filter = new StatisticsReader.Filter("hn-phk", null, null, null);
		IndicatorCountsView firstWeek = this.reader.total(filter, FROM, LocalDate.of(2025, 10, 12), AS_OF);
		IndicatorCountsView secondWeek = this.reader.total(filter, LocalDate.of(2025, 10, 13), TO, AS_OF);
		assertThat(firstWeek.received()).isEqualTo(10);
		assertThat(secondWeek.received()).isEqualTo(1);
		assertThat(StatisticsReader.sum(List.of(firstWeek, secondWeek)))
			.isEqualTo(this.reader.total(filter, FROM, TO, AS_OF));
		assertThat(this.reader.daily(filter, FROM, TO, AS_OF)).extracting((day) -> day.day())
			.contains(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 14));
	}

	@Test
	void judgesOpenDossiersAgainstTheMomentAsked() {
		// Before D6 fell due (Fri 10 15:00) it was on time: 8 of 11
		IndicatorsView earlier = this.queryGateway
			.query(new FindIndicatorsQuery("hn-phk", null, null, null, FROM, TO, at("2025-10-10T15:00")),
					IndicatorsView.class)
			.join();
		assertThat(earlier.counts().onTime()).isEqualTo(8);
	}

	@Test
	void ranksProceduresByOnTimeRate() {
		RankingView ranking = this.queryGateway
			.query(new FindRankingQuery("procedure", "onTime", FROM, TO, AS_OF), RankingView.class)
			.join();
		assertThat(ranking.entries()).extracting(RankingEntryView::key, RankingEntryView::value, RankingEntryView::rank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(KH, 100.0, 1),
					org.assertj.core.groups.Tuple.tuple(HKD, 60.0, 2),
					org.assertj.core.groups.Tuple.tuple(KS, 50.0, 3));
	}

	@Test
	void setsAnOfficerAgainstTheUnitPeers() {
		OfficerOversightView view = this.queryGateway
			.query(new FindOfficerOversightQuery(DESK_2.id(), FROM, TO, AS_OF), OfficerOversightView.class)
			.join();
		assertThat(view.unitId()).isEqualTo("hn-phk-1c");
		assertThat(view.peers()).extracting((peer) -> peer.officerId())
			.containsExactly(DESK_1.id(), DESK_2.id(), DESK_3.id());
		// tn-02: D8 D9 received, D12 refused; D8 withdrawn; held D8 600 and D9 1020
		// working minutes
		assertThat(view.officer().dossiersHandled()).isEqualTo(3);
		assertThat(view.officer().intakeRefusalRate()).isEqualTo(33.33);
		assertThat(view.officer().withdrawalRate()).isEqualTo(33.33);
		assertThat(view.officer().lateRate()).isEqualTo(0.0);
		assertThat(view.officer().medianHeldWorkingMinutes()).isEqualTo(810.0);
		// tn-01 held each of its 7 transferred dossiers 60 minutes; tn-03 still holds D6
		// and D7
		assertThat(view.peers().get(0).medianHeldWorkingMinutes()).isEqualTo(60.0);
		assertThat(view.peers().get(0).lateRate()).isEqualTo(42.86);
		assertThat(view.peers().get(2).lateRate()).isEqualTo(50.0);
		assertThat(view.unitMedian().intakeRefusalRate()).isEqualTo(0.0);
		assertThat(view.unitMedian().lateRate()).isEqualTo(42.86);
		assertThat(view.unitMedian().medianHeldWorkingMinutes()).isEqualTo(435.0);
		assertThat(view.outliers()).containsExactly("intakeRefusalRate", "withdrawalRate");
	}

	@Test
	void aRedeliveredDossierChangesNothing() {
		IndicatorsView before = indicators("hn-phk", null, null, null);
		this.d2.redeliver();
		assertThat(indicators("hn-phk", null, null, null).counts()).isEqualTo(before.counts());
	}

	@Test
	void theDataFileHoldsAllHundredPoints() {
		assertThat(indicators(null, null, null, null).groups()).extracting(GroupScoreView::maxPoints)
			.containsExactly(18.0, 20.0, 12.0, 10.0, 22.0, 18.0);
	}

}
