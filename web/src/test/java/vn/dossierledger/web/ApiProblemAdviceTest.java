package vn.dossierledger.web;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Spring MVC's own refusals, each as a complete problem+json. */
@WebMvcTest
class ApiProblemAdviceTest {

	@Autowired
	private MockMvc mockMvc;

	@Test
	void namesTheFieldOfAnInvalidBody() throws Exception {
		problem(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"), 400,
				"invalid-request")
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void namesTheFieldOfAValueThatDoesNotFit() throws Exception {
		problem(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\", \"size\": \"XXL\"}"),
				400, "invalid-request")
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of [SMALL, LARGE]"));
	}

	@Test
	void namesTheFieldOfADateThatDoesNotParse() throws Exception {
		problem(post("/things").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"a\", \"due\": \"next Tuesday\"}"), 400, "invalid-request")
			.andExpect(jsonPath("$.errors[0].field").value("due"));
	}

	@Test
	void refusesABodyThatIsNoJson() throws Exception {
		problem(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "), 400, "invalid-request");
	}

	@Test
	void refusesAnObjectWithADuplicateKey() throws Exception {
		problem(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\", \"name\": \"b\"}"),
				400, "invalid-request");
	}

	@Test
	void namesTheElementOfAListOfStringsThatIsAnArrayAndReadsNothingOutOfStep() throws Exception {
		problem(post("/things").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"a\", \"parts\": [{\"name\": \"p\", \"tags\": [\"t\", [1, 2]]}]}"), 400,
				"invalid-request")
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("parts[0].tags[1]"));
		problem(post("/things").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"a\", \"tags\": [{\"x\": 1}]}"), 400, "invalid-request")
			.andExpect(jsonPath("$.errors[0].field").value("tags[0]"));
	}

	@Test
	void readsAListOfStringsWithItsNullsAndScalarsAsText() throws Exception {
		this.mockMvc
			.perform(post("/things").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"a\", \"tags\": [\"t\", null, 7, true]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tags[0]").value("t"))
			.andExpect(jsonPath("$.tags[1]").doesNotExist())
			.andExpect(jsonPath("$.tags[2]").value("7"))
			.andExpect(jsonPath("$.tags[3]").value("true"));
	}

	@Test
	void namesAParameterOfTheWrongType() throws Exception {
		problem(get("/things").param("page", "abc"), 400, "invalid-parameter")
			.andExpect(jsonPath("$.parameter").value("page"));
	}

	@Test
	void namesAMissingParameter() throws Exception {
		problem(get("/things/search"), 400, "invalid-parameter").andExpect(jsonPath("$.parameter").value("q"));
	}

	@Test
	void namesAMissingHeader() throws Exception {
		problem(get("/things/secret"), 400, "invalid-parameter")
			.andExpect(jsonPath("$.parameter").value("X-Lookup-Secret"));
	}

	@Test
	void namesAParameterAControllerRefuses() throws Exception {
		problem(get("/things").param("page", "-1"), 400, "invalid-parameter")
			.andExpect(jsonPath("$.parameter").value("page"));
	}

	@Test
	void answersAnUnknownPath() throws Exception {
		problem(get("/no-such-path"), 404, "not-found");
	}

	@Test
	void answersAMethodNotAllowed() throws Exception {
		problem(delete("/things"), 405, "method-not-allowed");
	}

	@Test
	void answersAContentTypeNotSupported() throws Exception {
		problem(post("/things").contentType(MediaType.TEXT_PLAIN).content("name"), 415, "unsupported-media-type");
	}

	@Test
	void answersNotAcceptableAsProblemJsonWhateverWasAsked() throws Exception {
		problem(get("/things").accept(MediaType.TEXT_HTML), 406, "not-acceptable");
	}

	@Test
	void answersTheCauseOfAFailedAsynchronousResult() throws Exception {
		problem(get("/things/joined"), 404, "not-found");
	}

	@Test
	void completesAProblemAControllerBuiltWithoutAType() throws Exception {
		problem(get("/things/bare-problem"), 409, "conflict");
	}

	private ResultActions problem(MockHttpServletRequestBuilder request, int status, String type) throws Exception {
		return this.mockMvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + type))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
	}

	enum Size {

		SMALL, LARGE

	}

	record Thing(@NotBlank String name, Size size, Instant due, List<String> tags, List<Part> parts) {
	}

	record Part(String name, List<String> tags) {
	}

	@RestController
	static class ThingController {

		@PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
		Thing create(@Valid @RequestBody Thing thing) {
			return thing;
		}

		@GetMapping(path = "/things", produces = MediaType.APPLICATION_JSON_VALUE)
		String list(@RequestParam(defaultValue = "0") int page) {
			if (page < 0) {
				throw new InvalidParameterException("page", "page must be 0 or more");
			}
			return "[]";
		}

		@GetMapping("/things/search")
		String search(@RequestParam String q) {
			return q;
		}

		@GetMapping("/things/secret")
		String secret(@RequestHeader("X-Lookup-Secret") String secret) {
			return secret;
		}

		@GetMapping("/things/joined")
		String joined() {
			return CompletableFuture.<String>failedFuture(new ResponseStatusException(HttpStatus.NOT_FOUND, "No thing"))
				.join();
		}

		@GetMapping("/things/bare-problem")
		ResponseEntity<ProblemDetail> bareProblem() {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Taken"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ ThingController.class, ApiProblemAdvice.class, StrictRequestJson.class })
	static class ThingsOnly {

	}

}
