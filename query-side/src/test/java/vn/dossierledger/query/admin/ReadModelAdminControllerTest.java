package vn.dossierledger.query.admin;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.dossierledger.projection.admin.DeadLetterSequence;
import vn.dossierledger.projection.admin.GroupRebuild;
import vn.dossierledger.projection.admin.ReadModelAdmin;
import vn.dossierledger.projection.admin.ReadModelPosition;
import vn.dossierledger.projection.admin.RebuildOperation;
import vn.dossierledger.projection.admin.RebuildOperations;
import vn.dossierledger.projection.admin.ResetNotSupportedException;
import vn.dossierledger.projection.admin.RetryOutcome;
import vn.dossierledger.projection.admin.UnknownReadModelException;
import vn.dossierledger.projection.admin.UnknownRebuildException;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dossierledger.query.ProblemJson.problem;

/**
 * The read-model operations: each call reaches the admin for the group named, a rebuild
 * is accepted (202), and an unknown group is a 404 problem naming it wherever it is
 * named.
 */
@WebMvcTest
class ReadModelAdminControllerTest {

	@Autowired
	private MockMvc mockMvc;

	@MockitoBean
	private ReadModelAdmin readModels;

	@MockitoBean
	private RebuildOperations rebuilds;

	@Test
	void listsEveryReadModelsPosition() throws Exception {
		given(this.readModels.positions()).willReturn(
				List.of(new ReadModelPosition("dossier-status", true, false, false, List.of(), 2, 41L, 41L, 0, true)));

		this.mockMvc.perform(get("/api/admin/read-models"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].processingGroup").value("dossier-status"))
			.andExpect(jsonPath("$[0].caughtUp").value(true));
	}

	@Test
	void recordsARebuildOfTheGroupNamedAsAskedByTheCallerAndNamesItsLocation() throws Exception {
		given(this.rebuilds.rebuild(List.of("dossier-status"), "admin-01"))
			.willReturn(operation("r-1", "dossier-status"));

		this.mockMvc.perform(post("/api/admin/read-models/dossier-status/rebuild").principal(() -> "admin-01"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/admin/rebuilds/r-1"))
			.andExpect(jsonPath("$.id").value("r-1"))
			.andExpect(jsonPath("$.groups[0].state").value("REPLAYING"))
			.andExpect(jsonPath("$.groups[0].clearedDeadLetters").value(3));
	}

	@Test
	void recordsARebuildOfEveryReadModel() throws Exception {
		given(this.rebuilds.rebuildAll("admin-01")).willReturn(operation("r-2", "dossier-status"));

		this.mockMvc.perform(post("/api/admin/read-models/rebuild").principal(() -> "admin-01"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/admin/rebuilds/r-2"))
			.andExpect(jsonPath("$.groups[0].processingGroup").value("dossier-status"));
	}

	@Test
	void showsOneRebuildAndListsTheRecentOnesAtMostAHundred() throws Exception {
		given(this.rebuilds.operation("r-1")).willReturn(operation("r-1", "red-flags"));
		given(this.rebuilds.recent(100)).willReturn(List.of(operation("r-1", "red-flags")));

		this.mockMvc.perform(get("/api/admin/rebuilds/r-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requestedBy").value("admin-01"))
			.andExpect(jsonPath("$.state").value("RUNNING"));
		this.mockMvc.perform(get("/api/admin/rebuilds?limit=5000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("r-1"));
	}

	@Test
	void resumesARebuild() throws Exception {
		given(this.rebuilds.resume("r-1")).willReturn(operation("r-1", "red-flags"));

		this.mockMvc.perform(post("/api/admin/rebuilds/r-1/resume"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").value("r-1"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/admin/rebuilds/nope", "POST, /api/admin/rebuilds/nope/resume" })
	void answersAnUnknownRebuildAsProblemJsonNamingIt(HttpMethod method, String path) throws Exception {
		UnknownRebuildException unknown = failure(UnknownRebuildException.class, "nope");
		given(this.rebuilds.operation("nope")).willThrow(unknown);
		given(this.rebuilds.resume("nope")).willThrow(unknown);

		this.mockMvc.perform(request(method, path))
			.andExpect(problem(HttpStatus.NOT_FOUND, "unknown-rebuild"))
			.andExpect(jsonPath("$.rebuildId").value("nope"));
	}

	@Test
	void refusesToRebuildAReadModelThatCannotBeReset() throws Exception {
		given(this.rebuilds.rebuild(List.of("ledger-seals"), "admin-01"))
			.willThrow(failure(ResetNotSupportedException.class, "ledger-seals"));

		this.mockMvc.perform(post("/api/admin/read-models/ledger-seals/rebuild").principal(() -> "admin-01"))
			.andExpect(problem(HttpStatus.CONFLICT, "reset-not-supported"))
			.andExpect(jsonPath("$.processingGroup").value("ledger-seals"));
	}

	@Test
	void listsTheDeadLettersOfTheGroupAsked() throws Exception {
		given(this.readModels.deadLetters("red-flags"))
			.willReturn(List.of(new DeadLetterSequence("red-flags", "0b6f3c52", List.of())));

		this.mockMvc.perform(get("/api/admin/dead-letters?processingGroup=red-flags"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].sequenceIdentifier").value("0b6f3c52"));
	}

	@Test
	void listsTheDeadLettersOfEveryGroupWhenNoneIsNamed() throws Exception {
		given(this.readModels.deadLetters(null)).willReturn(List.of());

		this.mockMvc.perform(get("/api/admin/dead-letters")).andExpect(status().isOk());

		then(this.readModels).should().deadLetters(null);
	}

	@Test
	void retriesOneParkedSequence() throws Exception {
		given(this.readModels.retry("red-flags", "0b6f3c52")).willReturn(new RetryOutcome("red-flags", 1, 0));

		this.mockMvc.perform(post("/api/admin/dead-letters/red-flags/retry/0b6f3c52"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.processed").value(1));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/admin/dead-letters?processingGroup=nope", "POST, /api/admin/read-models/nope/rebuild",
			"POST, /api/admin/dead-letters/nope/retry", "POST, /api/admin/dead-letters/nope/retry/0b6f3c52" })
	void answersAnUnknownGroupAsProblemJsonNamingIt(HttpMethod method, String path) throws Exception {
		UnknownReadModelException unknown = failure(UnknownReadModelException.class, "nope", "streaming processor");
		given(this.readModels.deadLetters("nope")).willThrow(unknown);
		given(this.rebuilds.rebuild(List.of("nope"), "admin-01")).willThrow(unknown);
		given(this.readModels.retry("nope")).willThrow(unknown);
		given(this.readModels.retry(any(), any())).willThrow(unknown);

		this.mockMvc.perform(request(method, path).principal(() -> "admin-01"))
			.andExpect(problem(HttpStatus.NOT_FOUND, "unknown-read-model"))
			.andExpect(jsonPath("$.processingGroup").value("nope"));
	}

	private static RebuildOperation operation(String id, String group) {
		Instant at = Instant.parse("2026-03-02T03:00:00Z");
		return new RebuildOperation(id, "admin-01", at, RebuildOperation.RebuildState.RUNNING, null,
				List.of(new GroupRebuild(group, GroupRebuild.GroupState.REPLAYING, 41L, 3L, null, at)));
	}

	/** The admin's own failures, which only it constructs. */
	private static <T extends RuntimeException> T failure(Class<T> type, String... arguments) throws Exception {
		Class<?>[] parameters = new Class<?>[arguments.length];
		Arrays.fill(parameters, String.class);
		Constructor<T> constructor = type.getDeclaredConstructor(parameters);
		constructor.setAccessible(true);
		return constructor.newInstance((Object[]) arguments);
	}

	/** Replaces the application's configuration: the admin API and its problems. */
	@Configuration(proxyBeanMethods = false)
	@Import({ ReadModelAdminController.class, ReadModelAdminProblemAdvice.class, ApiProblemAdvice.class,
			StrictRequestJson.class })
	static class AdminApiOnly {

	}

}
