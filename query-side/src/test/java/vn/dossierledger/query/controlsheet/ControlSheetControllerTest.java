package vn.dossierledger.query.controlsheet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import vn.dossierledger.events.query.controlsheet.ControlSheetView;
import vn.dossierledger.events.query.controlsheet.FindControlSheetQuery;
import vn.dossierledger.events.query.controlsheet.HandOverView;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dossierledger.query.ProblemJson.problem;

/** The control sheet: the dossier's hand-overs, or a problem naming the dossier. */
class ControlSheetControllerTest extends QueryApiSlice {

	private static final String DOSSIER = "0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0001";

	@Test
	void answersTheSheetOfTheDossierAsked() throws Exception {
		Instant received = Instant.parse("2026-02-13T03:00:00Z");
		HandOverView handOver = new HandOverView(1, "RECEIPT", "hn-phk-tn-01", "hn-phk-tn", "hn-phk-cv-01", "hn-phk-tp",
				"hn-ubnd-phk", "UBND phường Phúc Khánh", received, "THAM_DINH", "Thẩm định",
				Instant.parse("2026-02-16T10:00:00Z"), null, null, null, null);
		given(this.queries.query(eq(new FindControlSheetQuery(DOSSIER)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.of(new ControlSheetView(DOSSIER,
					"000.00.01.H26-260213-0001", "subj-001", received, Instant.parse("2026-02-20T10:00:00Z"),
					"hn-ubnd-phk", "UBND phường Phúc Khánh", List.of(handOver)))));

		this.mockMvc.perform(get("/api/dossiers/{id}/control-sheet", DOSSIER))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.dossierId").value(DOSSIER))
			.andExpect(jsonPath("$.handOvers[0].stepCode").value("THAM_DINH"));
	}

	@Test
	void answersAnUnknownDossierAsProblemJsonNamingIt() throws Exception {
		given(this.queries.query(any(FindControlSheetQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get("/api/dossiers/{id}/control-sheet", "unknown"))
			.andExpect(problem(HttpStatus.NOT_FOUND, "dossier-not-found"))
			.andExpect(jsonPath("$.dossierId").value("unknown"));
	}

	/**
	 * Replaces the application's configuration: the control-sheet API and its problems.
	 */
	@Configuration(proxyBeanMethods = false)
	@Import({ ControlSheetController.class, ApiProblemAdvice.class, StrictRequestJson.class })
	static class ControlSheetApiOnly {

	}

}
