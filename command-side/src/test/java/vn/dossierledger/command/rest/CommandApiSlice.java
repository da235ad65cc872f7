package vn.dossierledger.command.rest;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

/**
 * The web-slice tests' application: the command API, its problem answers and the web
 * layer's JSON reader; their collaborators are the tests' mocks.
 */
@Configuration(proxyBeanMethods = false)
@Import({ DossierCommandController.class, CommandProblemAdvice.class, ApiProblemAdvice.class, StrictRequestJson.class })
class CommandApiSlice {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
