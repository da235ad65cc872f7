package vn.dossierledger.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

class PageParametersTest {

	@Test
	void acceptsEveryPageThatEndsWithinTheWindow() {
		assertThatCode(() -> PageParameters.require(0, 20, 100, PageParameters.SEARCH_WINDOW))
			.doesNotThrowAnyException();
		assertThatCode(() -> PageParameters.require(99, 100, 100, PageParameters.SEARCH_WINDOW))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAPageWhoseRowOffsetWouldOverflowNamingThePage() {
		refusal(() -> PageParameters.require(Integer.MAX_VALUE, 100, 100, PageParameters.DATABASE_WINDOW))
			.extracting((problem) -> problem.getProperties().get("parameter"))
			.isEqualTo("page");
	}

	@Test
	void refusesAPageBeyondTheSearchWindowSayingWhichIsTheLast() {
		refusal(() -> PageParameters.require(100, 100, 100, PageParameters.SEARCH_WINDOW))
			.extracting(ProblemDetail::getDetail)
			.asString()
			.startsWith("page must be at most 99 for size 100");
	}

	@Test
	void refusesANegativePageAndASizeOutOfRange() {
		refusal(() -> PageParameters.require(-1, 20, 100, PageParameters.DATABASE_WINDOW))
			.extracting((problem) -> problem.getProperties().get("parameter"))
			.isEqualTo("page");
		refusal(() -> PageParameters.require(0, 101, 100, PageParameters.DATABASE_WINDOW))
			.extracting((problem) -> problem.getProperties().get("parameter"))
			.isEqualTo("size");
	}

	private static AbstractObjectAssert<?, ProblemDetail> refusal(ThrowingCallable paging) {
		return assertThatThrownBy(paging).isInstanceOf(InvalidParameterException.class)
			.extracting((refused) -> ((InvalidParameterException) refused).getBody(),
					InstanceOfAssertFactories.type(ProblemDetail.class));
	}

}
