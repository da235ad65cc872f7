package vn.dossierledger.query.admin;

import java.lang.reflect.Constructor;
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
import vn.dossierledger.projection.admin.ReadModelAdmin;
import vn.dossierledger.projection.admin.ReadModelPosition;
import vn.dossierledger.projection.admin.RebuildStarted;
import vn.dossierledger.projection.admin.ResetNotSupportedException;
import vn.dossierledger.projection.admin.RetryOutcome;
import vn.dossierledger.projection.admin.UnknownReadModelException;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
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
	void acceptsARebuildOfTheGroupNamed() throws Exception {
		given(this.readModels.rebuild("dossier-status")).willReturn(new RebuildStarted("dossier-status", 3));

		this.mockMvc.perform(post("/api/admin/read-models/dossier-status/rebuild"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.clearedDeadLetters").value(3));
	}

	@Test
	void acceptsARebuildOfEveryReadModel() throws Exception {
		given(this.readModels.rebuildAll()).willReturn(List.of(new RebuildStarted("dossier-status", 0)));

		this.mockMvc.perform(post("/api/admin/read-models/rebuild"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$[0].processingGroup").value("dossier-status"));
	}

	@Test
	void refusesToRebuildAReadModelThatCannotBeReset() throws Exception {
		given(this.readModels.rebuild("ledger-seals"))
			.willThrow(failure(ResetNotSupportedException.class, "ledger-seals"));

		this.mockMvc.perform(post("/api/admin/read-models/ledger-seals/rebuild"))
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
		given(this.readModels.rebuild("nope")).willThrow(unknown);
		given(this.readModels.retry("nope")).willThrow(unknown);
		given(this.readModels.retry(any(), any())).willThrow(unknown);

		this.mockMvc.perform(request(method, path))
			.andExpect(problem(HttpStatus.NOT_FOUND, "unknown-read-model"))
			.andExpect(jsonPath("$.processingGroup").value("nope"));
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
