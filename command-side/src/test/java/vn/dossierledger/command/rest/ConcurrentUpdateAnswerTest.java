package vn.dossierledger.command.rest;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.OfficerRegistry;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A command that lost a race with another on the same dossier is a 409 that says the
 * dossier's version now, to send back in If-Match.
 */
@ContextConfiguration(classes = CommandApiSlice.class)
@WebMvcTest
class ConcurrentUpdateAnswerTest {

	private static final String DOSSIER_ID = "0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0002";

	@Autowired
	private MockMvc mockMvc;

	@Autowired
	private EventStore eventStore;

	@MockitoBean
	private CommandGateway commands;

	@MockitoBean
	private ProcedureCatalogue catalogue;

	@MockitoBean
	private OfficerRegistry organisation;

	@MockitoBean
	private DossierCodeGenerator codes;

	@Test
	void answersALostRaceWithTheDossiersCurrentVersion() throws Exception {
		for (long sequence = 0; sequence <= 3; sequence++) {
			this.eventStore.publish(new GenericDomainEventMessage<>("Dossier", DOSSIER_ID, sequence, "event"));
		}
		given(this.commands.sendAndWait(any())).willThrow(new ConcurrencyException("sequence 4 taken"));

		this.mockMvc
			.perform(post("/api/dossiers/" + DOSSIER_ID + "/receipt").contentType(MediaType.APPLICATION_JSON)
				.content("{\"deliveryMethod\": \"AT_DESK\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/concurrent-update")))
			.andExpect(jsonPath("$.actualVersion").value(3));
	}

}
