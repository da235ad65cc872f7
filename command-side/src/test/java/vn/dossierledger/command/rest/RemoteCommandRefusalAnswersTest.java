package vn.dossierledger.command.rest;

import java.util.List;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dossierledger.command.dossier.DossierNotFoundDetails;
import vn.dossierledger.command.dossier.RuleViolationDetails;
import vn.dossierledger.command.dossier.StaleVersionDetails;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.OfficerRegistry;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Refusals as a distributed command bus (Axon Server) hands them back: a
 * {@link CommandExecutionException} whose cause is only a remote description of the
 * handler's exception, and whose details say what was refused. The answers are those of
 * the local bus.
 */
@ContextConfiguration(classes = CommandApiSlice.class)
@WebMvcTest
class RemoteCommandRefusalAnswersTest {

	private static final String DOSSIER_ID = "0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0003";

	@Autowired
	private MockMvc mockMvc;

	@MockitoBean
	private CommandGateway commands;

	@MockitoBean
	private ProcedureCatalogue catalogue;

	@MockitoBean
	private OfficerRegistry organisation;

	@MockitoBean
	private DossierCodeGenerator codes;

	@Test
	void answersAnUnknownDossierWithNotFound() throws Exception {
		refusedRemotely("org.axonframework.modelling.command.AggregateNotFoundException: no aggregate",
				new DossierNotFoundDetails(DOSSIER_ID))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(endsWith("/dossier-not-found")))
			.andExpect(jsonPath("$.dossierId").value(DOSSIER_ID));
	}

	@Test
	void answersAStaleVersionWithBothVersions() throws Exception {
		refusedRemotely("org.axonframework.modelling.command.ConflictingAggregateVersionException: version 4",
				new StaleVersionDetails(DOSSIER_ID, 2, 4))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(endsWith("/stale-version")))
			.andExpect(jsonPath("$.expectedVersion").value(2))
			.andExpect(jsonPath("$.actualVersion").value(4));
	}

	@Test
	void answersABrokenRuleWithItsName() throws Exception {
		refusedRemotely("vn.dossierledger.command.dossier.DossierRuleViolation: not at the desk",
				new RuleViolationDetails("RECEPTION_DESK_ONLY", "FORBIDDEN", "SUBMITTED", "Not at the desk"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("RECEPTION_DESK_ONLY"))
			.andExpect(jsonPath("$.currentStatus").value("SUBMITTED"));
	}

	@Test
	void answersARaceLostWhileStoringAsAConcurrentUpdate() throws Exception {
		refusedRemotely("org.axonframework.modelling.command.ConcurrencyException: sequence 4 taken", null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(endsWith("/concurrent-update")));
	}

	@Test
	void answersAnyOtherRemoteFailureAsAFailedCommandNotAConflict() throws Exception {
		refusedRemotely("java.lang.IllegalStateException: something broke", null)
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value(endsWith("/command-failed")));
	}

	private ResultActions refusedRemotely(String remoteDescription, Object details) throws Exception {
		RemoteHandlingException remote = new RemoteHandlingException(
				new RemoteExceptionDescription(List.of(remoteDescription)));
		given(this.commands.sendAndWait(any()))
			.willThrow(new CommandExecutionException("refused remotely", remote, details));
		return this.mockMvc
			.perform(post("/api/dossiers/" + DOSSIER_ID + "/receipt").contentType(MediaType.APPLICATION_JSON)
				.content("{\"deliveryMethod\": \"AT_DESK\"}"));
	}

}
