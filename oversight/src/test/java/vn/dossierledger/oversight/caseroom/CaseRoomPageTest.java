package vn.dossierledger.oversight.caseroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.query.access.AccessReadPage;
import vn.dossierledger.events.query.access.AccessReadView;
import vn.dossierledger.events.query.access.FindAccessReadsQuery;
import vn.dossierledger.events.query.audit.AuditEventView;
import vn.dossierledger.events.query.audit.AuditSearchView;
import vn.dossierledger.events.query.audit.DossierAuditView;
import vn.dossierledger.events.query.audit.FacetCountView;
import vn.dossierledger.events.query.audit.FindAuditEventsQuery;
import vn.dossierledger.events.query.audit.FindDossierAuditQuery;
import vn.dossierledger.events.query.redflag.EvidenceEventView;
import vn.dossierledger.events.query.redflag.FindRedFlagQuery;
import vn.dossierledger.events.query.redflag.FindRedFlagsQuery;
import vn.dossierledger.events.query.redflag.RedFlagDetailView;
import vn.dossierledger.events.query.redflag.RedFlagPage;
import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.oversight.ledger.EvidenceBundleExporter;
import vn.dossierledger.oversight.replay.CaseNotFoundException;
import vn.dossierledger.oversight.replay.CaseReplay;
import vn.dossierledger.oversight.replay.CaseReplayViews.CaseHistory;
import vn.dossierledger.oversight.replay.CaseReplayViews.HistoryStep;
import vn.dossierledger.oversight.replay.CaseReplayViews.HolderTime;
import vn.dossierledger.oversight.replay.CaseState;
import vn.dossierledger.web.page.PagesConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case room reads nothing before a purpose is stated; then it shows the replayed
 * timeline with the audit's reasons, the state after the chosen step and what it changed,
 * the holders' working time, the red flags with the steps that are their evidence, the
 * verification of the case's stored events, and who read the case; a part that cannot be
 * read is said, the rest shown; the search narrows by facets.
 */
@WebMvcTest
@TestPropertySource(
		properties = { "spring.messages.basename=i18n/pages", "spring.messages.fallback-to-system-locale=false" })
class CaseRoomPageTest {

	private static final String DOSSIER = "7f6c2a60-1d2e-4c1b-9a55-0c7d1f1e2a01";

	private static final Instant SUBMITTED = Instant.parse("2026-03-02T02:00:00Z");

	private static final Instant RECEIVED = Instant.parse("2026-03-02T03:30:00Z");

	private static final Instant TRANSFERRED = Instant.parse("2026-03-03T08:15:00Z");

	private static final Holder RECEPTION = new Holder("hn-phk-tn-01", "hn-phk-tn", "hn-ubnd-phk");

	private static final Holder SPECIALIST = new Holder("hn-phk-vh-02", "hn-phk-vh", "hn-ubnd-phk");

	@Autowired
	private MockMvc mockMvc;

	@MockitoBean
	private QueryGateway queries;

	@MockitoBean
	private CaseReplay replay;

	@MockitoBean
	private EvidenceBundleExporter bundles;

	@Test
	void asksForThePurposeAndReadsNothingUntilItIsStated() throws Exception {
		String page = this.mockMvc.perform(get("/case-room/cases/" + DOSSIER).param("purpose", "  "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Nêu mục đích đọc hồ sơ này").contains("name=\"purpose\"");
		verifyNoInteractions(this.replay, this.queries, this.bundles);
	}

	@Test
	void showsTheTimelineWithItsReasonsTheHoldersTheFlagsTheVerificationAndTheReads() throws Exception {
		answers();

		String page = this.mockMvc
			.perform(get("/case-room/cases/" + DOSSIER).param("purpose", "Thanh tra định kỳ").param("lang", "vi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Hồ sơ H01.001-260302-0001")
			.contains("Lần đọc này được ghi vào nhật ký truy cập với mục đích: Thanh tra định kỳ")
			// the timeline: each event's label, its actor, and the audit history's
			// reasons
			.contains("Nộp hồ sơ")
			.contains("Tiếp nhận hồ sơ")
			.contains("Chuyển xử lý")
			.contains("Người thực hiện: Nguyễn Văn An (hn-phk-tn-01), vai trò RECEIVING_OFFICER, đơn vị hn-phk-tn")
			.contains("Chuyển phòng chuyên môn | Điều 5 Nghị định 61/2018")
			// the transfer is the evidence of the open flag
			.contains("Là bằng chứng của cảnh báo F6")
			.contains("Giữ hồ sơ quá hạn mức")
			.contains("<span>Chuyển xử lý</span>,")
			.doesNotContain("??")
			// the last step is shown by default: 3 of 3, and what it changed
			.contains("Bước 3/3")
			.contains("Người đang giữ hồ sơ")
			.contains("hn-phk-tn-01 · hn-phk-tn")
			.contains("hn-phk-vh-02 · hn-phk-vh")
			// the holders' working time
			.contains("<td>7,5</td>")
			// the bundle the exporter gave is no bundle: the page says it does not match
			.contains("Hồ sơ KHÔNG khớp với sổ cái")
			.contains("href=\"/case-room/cases/" + DOSSIER
					+ "/evidence-bundle?purpose=Thanh%20tra%20%C4%91%E1%BB%8Bnh%20k%E1%BB%B3\"")
			// who read it
			.contains("2 lần đọc được ghi lại")
			.contains("inspector-01")
			.contains("ngoài đơn vị mình");
	}

	@Test
	void stepsThroughTheStatesOneStepAtATime() throws Exception {
		answers();

		String page = this.mockMvc
			.perform(get("/case-room/cases/" + DOSSIER).param("purpose", "Thanh tra").param("step", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Bước 2/3")
			.contains("2 · Được tiếp nhận")
			.contains("step=0#step-through")
			.contains("step=2#step-through")
			.doesNotContain("Hồ sơ không có bước này");
	}

	@Test
	void saysAStepTheCaseLacksAndShowsTheLast() throws Exception {
		answers();

		String page = this.mockMvc.perform(get("/case-room/cases/" + DOSSIER).param("purpose", "x").param("step", "9"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Hồ sơ không có bước này").contains("Bước 3/3");
	}

	@Test
	void aPartThatCannotBeReadIsSaidAndTheRestShown() throws Exception {
		answers();
		given(this.queries.query(any(FindRedFlagsQuery.class), eq(RedFlagPage.class)))
			.willReturn(CompletableFuture.failedFuture(new IllegalStateException("index closed")));

		String page = this.mockMvc.perform(get("/case-room/cases/" + DOSSIER).param("purpose", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Phần này tạm thời không đọc được")
			.contains("Chuyển xử lý")
			.doesNotContain("Là bằng chứng của cảnh báo");
	}

	@Test
	void aDossierTheLedgerDoesNotHoldIsNotFound() throws Exception {
		given(this.replay.history("unknown")).willThrow(new CaseNotFoundException("unknown", "No dossier unknown"));

		String page = this.mockMvc.perform(get("/case-room/cases/unknown").param("purpose", "x"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Sổ cái không có hồ sơ này");
	}

	@Test
	void downloadsTheBundleAsExportedAndSendsAReaderWithoutPurposeToTheCase() throws Exception {
		byte[] bundle = "{\"bundle\":{}}".getBytes();
		given(this.bundles.export(DOSSIER)).willReturn(bundle);

		this.mockMvc.perform(get("/case-room/cases/" + DOSSIER + "/evidence-bundle").param("purpose", "x"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"evidence-" + DOSSIER + ".json\""))
			.andExpect((result) -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(bundle));
		this.mockMvc.perform(get("/case-room/cases/unknown/evidence-bundle").param("purpose", "x"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/problem+json"));
		this.mockMvc.perform(get("/case-room/cases/" + DOSSIER + "/evidence-bundle"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/case-room/cases/" + DOSSIER));
	}

	@Test
	void searchesOnlyWithAPurposeAndNarrowsByFacets() throws Exception {
		this.mockMvc.perform(get("/case-room/search").param("q", "bo sung"))
			.andExpect(status().isBadRequest())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("Vui lòng nêu mục đích đọc"));
		verifyNoInteractions(this.queries);

		AuditEventView hit = auditEvent(1, "IntakeSupplementRequested", "Bổ sung giấy khai sinh");
		given(this.queries.query(any(FindAuditEventsQuery.class), eq(AuditSearchView.class)))
			.willReturn(CompletableFuture.completedFuture(new AuditSearchView(List.of(hit), 1, 0, 20,
					Map.of("eventType", List.of(new FacetCountView("IntakeSupplementRequested", 1))))));

		String page = this.mockMvc
			.perform(get("/case-room/search").param("purpose", "Thanh tra")
				.param("q", "bo sung")
				.param("agencyId", "hn-ubnd-phk"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		ArgumentCaptor<FindAuditEventsQuery> asked = ArgumentCaptor.forClass(FindAuditEventsQuery.class);
		then(this.queries).should().query(asked.capture(), eq(AuditSearchView.class));
		assertThat(asked.getValue().text()).isEqualTo("bo sung");
		assertThat(asked.getValue().agencyId()).isEqualTo("hn-ubnd-phk");
		assertThat(asked.getValue().size()).isEqualTo(CaseRoomPage.HITS_PER_PAGE);
		assertThat(page).contains("Tìm thấy 1 sự kiện")
			.contains("Yêu cầu bổ sung khi tiếp nhận")
			.contains("Bổ sung giấy khai sinh")
			// the facet narrows the search and keeps the others
			.contains("href=\"/case-room/search?purpose=Thanh%20tra&amp;q=bo%20sung"
					+ "&amp;eventType=IntakeSupplementRequested&amp;agencyId=hn-ubnd-phk\"")
			// the hit opens its case at its step, with the purpose
			.contains("href=\"/case-room/cases/" + DOSSIER + "?purpose=Thanh%20tra&amp;step=1\"");
	}

	@Test
	void saysWhenTheSearchIsUnavailable() throws Exception {
		given(this.queries.query(any(FindAuditEventsQuery.class), eq(AuditSearchView.class)))
			.willReturn(CompletableFuture.failedFuture(new IllegalStateException("no Elasticsearch")));

		this.mockMvc.perform(get("/case-room/search").param("purpose", "Thanh tra"))
			.andExpect(status().isServiceUnavailable())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("Chức năng tìm kiếm tạm thời không hoạt động"));
	}

	@SuppressWarnings("unchecked")
	private void answers() {
		CaseState submitted = new CaseState(DossierStatus.SUBMITTED, "H01.001-260302-0001", "1.001", "1", null, null,
				null, null, null, 0, 0, 0, 0, 0, 0, false, false, 0, false, null);
		CaseState received = new CaseState(DossierStatus.RECEIVED, "H01.001-260302-0001", "1.001", "1", RECEPTION,
				"hn-phk-tn-01", Instant.parse("2026-03-09T10:00:00Z"), null, null, 0, 0, 0, 0, 0, 0, false, false, 0,
				false, null);
		CaseState transferred = new CaseState(DossierStatus.IN_PROCESSING, "H01.001-260302-0001", "1.001", "1",
				SPECIALIST, "hn-phk-tn-01", Instant.parse("2026-03-09T10:00:00Z"), null, null, 0, 0, 0, 0, 0, 0, false,
				false, 0, false, null);
		List<HistoryStep> steps = List.of(
				new HistoryStep("e0", 0, "DossierSubmittedEvent", new Actor("cd-0123456789ab", Role.APPLICANT, null),
						SUBMITTED, SUBMITTED, "h0", submitted, CaseState.NONE.changesTo(submitted)),
				new HistoryStep("e1", 1, "DossierReceivedEvent",
						new Actor("hn-phk-tn-01", Role.RECEIVING_OFFICER, "hn-phk-tn"), RECEIVED, RECEIVED, "h1",
						received, submitted.changesTo(received)),
				new HistoryStep("e2", 2, "DossierTransferredEvent",
						new Actor("hn-phk-tn-01", Role.RECEIVING_OFFICER, "hn-phk-tn"), TRANSFERRED, TRANSFERRED, "h2",
						transferred, received.changesTo(transferred)));
		given(this.replay.history(DOSSIER))
			.willReturn(new CaseHistory(DOSSIER, steps, List.of(new HolderTime("hn-phk-tn-01", "hn-phk-tn", 450))));
		given(this.queries.query(any(FindDossierAuditQuery.class), any(ResponseType.class)))
			.willReturn(
					CompletableFuture
						.completedFuture(
								Optional.of(new DossierAuditView(
										DOSSIER, "H01.001-260302-0001", List
											.of(auditEvent(1, "DossierReceived", null),
													auditEvent(2, "DossierTransferred",
															"Chuyển phòng chuyên môn | Điều 5 Nghị định 61/2018")),
										450))));
		RedFlagView flag = new RedFlagView("flag-1", "F6", 1, "Giữ hồ sơ quá hạn mức", DOSSIER, "H01.001-260302-0001",
				"1.001", List.of("hn-phk-tn-01"), List.of(), "hn-phk-tn", "hn-ubnd-phk", List.of("e2"), 0.8,
				"Giữ hồ sơ 7,5 giờ làm việc", TRANSFERRED, true, null, null);
		given(this.queries.query(any(FindRedFlagsQuery.class), eq(RedFlagPage.class)))
			.willReturn(CompletableFuture.completedFuture(new RedFlagPage(List.of(flag), 1, 0, 100, Map.of("F6", 1L))));
		given(this.queries.query(any(FindRedFlagQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional
				.of(new RedFlagDetailView(flag, List.of(new EvidenceEventView("e2", 2, "DossierTransferredEvent",
						TRANSFERRED, TRANSFERRED, "hn-phk-tn-01", "RECEIVING_OFFICER", "hn-phk-tn"))))));
		given(this.queries.query(any(FindAccessReadsQuery.class), eq(AccessReadPage.class)))
			.willReturn(
					CompletableFuture.completedFuture(new AccessReadPage(
							List.of(new AccessReadView("r1", "re1", TRANSFERRED, "inspector-01", List.of("INSPECTOR"),
									null, DOSSIER, "H01.001-260302-0001", "history", "Thanh tra", false),
									new AccessReadView("r2", "re2", TRANSFERRED, "hn-ubnd-kt-01", List.of("OFFICER"),
											"hn-ubnd-kt", DOSSIER, "H01.001-260302-0001", "history", null, true)),
							2, 0, 100)));
		given(this.bundles.export(DOSSIER)).willReturn("not a bundle".getBytes());
	}

	private static AuditEventView auditEvent(long sequence, String type, String text) {
		return new AuditEventView("e" + sequence, type, DOSSIER, "H01.001-260302-0001", "1.001", "hn-ubnd-phk",
				sequence, "RECEIVED", 2, "Được tiếp nhận", "hn-phk-tn-01", "RECEIVING_OFFICER", "hn-phk-tn",
				"Nguyễn Văn An", null, RECEIVED, RECEIVED, null, text);
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ CaseRoomPage.class, CaseValues.class, PagesConfiguration.class })
	static class Slice {

	}

}
