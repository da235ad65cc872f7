package vn.dossierledger.query;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import vn.dossierledger.web.Problems;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the query API's web-slice tests expect of a refusal: problem+json with a type
 * under the API's base, a title, the status and a detail.
 */
public final class ProblemJson {

	private ProblemJson() {
	}

	/** A problem of this status and type ({@code dossier-not-found}…). */
	public static ResultMatcher problem(HttpStatus status, String type) {
		return all(status().is(status.value()), content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
				jsonPath("$.type").value(Problems.TYPE_BASE + type),
				jsonPath("$.title").value(not(emptyOrNullString())), jsonPath("$.status").value(status.value()),
				jsonPath("$.detail").value(not(emptyOrNullString())));
	}

	/** A 400 naming the query, path or header parameter at fault. */
	public static ResultMatcher invalidParameter(String parameter) {
		return all(problem(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETER),
				jsonPath("$.parameter").value(parameter));
	}

	private static ResultMatcher all(ResultMatcher... matchers) {
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

}
