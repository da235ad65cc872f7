package vn.dossierledger.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A parameter holding a NUL character is refused naming it; any other text passes. */
class NulCharacterParametersTest {

	private final NulCharacterParameters check = new NulCharacterParameters();

	@Test
	void refusesANulCharacterNamingItsParameter() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/statistics/indicators");
		request.setParameter("from", "2026-01-01");
		request.setParameter("agencyId", "hn\u0000phk");

		assertThatThrownBy(() -> this.check.preHandle(request, new MockHttpServletResponse(), new Object()))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					(refused) -> assertThat(refused.getBody().getProperties()).containsEntry("parameter", "agencyId"));
	}

	@Test
	void passesAnyOtherText() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/audit/events");
		request.setParameter("q", "bổ sung <script>\u200b' or 1=1 --");

		assertThat(this.check.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
	}

}
