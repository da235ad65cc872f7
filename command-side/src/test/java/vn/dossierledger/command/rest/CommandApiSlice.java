package vn.dossierledger.command.rest;

import java.time.Clock;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.dossierledger.command.TestCallers;
import vn.dossierledger.identity.IdentityConfiguration;
import vn.dossierledger.identity.Role;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

/**
 * The web-slice tests' application: the command API behind the ledger's real access
 * rules, its problem answers and the web layer's JSON reader; their collaborators are the
 * tests' mocks. Every request is made by {@link #OFFICER} with a token that may call any
 * command (officer and citizen), unless a test says otherwise ({@link TestCallers#as}):
 * these tests are about what a request says, the access rules have tests of their own.
 */
@Configuration(proxyBeanMethods = false)
@Import({ DossierCommandController.class, CommandProblemAdvice.class, ApiProblemAdvice.class, StrictRequestJson.class,
		IdentityConfiguration.class })
class CommandApiSlice {

	static final String OFFICER = "hn-tn-01";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** The store a refusal reads the dossier's current version from. */
	@Bean
	EventStore eventStore() {
		return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
	}

	@Bean
	MockMvcBuilderCustomizer actingAsTheOfficer() {
		return (builder) -> builder
			.defaultRequest(MockMvcRequestBuilders.get("/").with(TestCallers.as(OFFICER, Role.OFFICER, Role.CITIZEN)));
	}

}
