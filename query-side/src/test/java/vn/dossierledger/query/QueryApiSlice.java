package vn.dossierledger.query;

import org.axonframework.queryhandling.QueryGateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.dossierledger.query.ProblemJson.invalidParameter;

/**
 * A web-slice test of a query API that talks only to the query gateway, here a mock. Each
 * test names the slice's configuration (its controller, its problem advice, the shared
 * {@code ApiProblemAdvice} and {@code StrictRequestJson}) in a nested
 * {@code @Configuration}.
 */
@WebMvcTest
public abstract class QueryApiSlice {

	@Autowired
	protected MockMvc mockMvc;

	@MockitoBean
	protected QueryGateway queries;

	/**
	 * A GET with a malformed parameter: 400 problem+json naming it, and nothing asked.
	 */
	protected void assertRefusedNaming(String path, String parameter) throws Exception {
		this.mockMvc.perform(get(path)).andExpect(invalidParameter(parameter));
		verifyNoInteractions(this.queries);
	}

}
