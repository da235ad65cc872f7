package vn.dossierledger.command.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.dossierledger.command.dossier.InvalidFieldsDetails;
import vn.dossierledger.events.dossier.command.FieldLimits;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.web.Problems;

/**
 * The command API refuses every string and list over its {@code FieldLimits} with the
 * {@code invalid-request} problem naming the field, and sends no command; what only the
 * command side can see (a path variable) comes back as the same problem.
 */
@ContextConfiguration(classes = CommandApiSlice.class)
@WebMvcTest(properties = "spring.jackson.use-jackson2-defaults=true") // as the
																		// application
																		// reads JSON
class DossierCommandLimitsTests {

	private static final String SHA256 = "a".repeat(64);

	@Autowired
	private MockMvc mockMvc;

	@Autowired
	private JsonMapper json;

	@MockitoBean
	private CommandGateway commands;

	@MockitoBean
	private ProcedureCatalogue catalogue;

	@MockitoBean
	private OfficerRegistry organisation;

	@MockitoBean
	private DossierCodeGenerator codes;

	@Test
	void refusesTheOverlongSubjectReferenceOfTheDefectReportAndSendsNothing() throws Exception {
		Map<String, Object> submission = submission(Map.of("subjectRef", "x".repeat(200_000)), document());

		this.mockMvc.perform(post("/api/dossiers").contentType(MediaType.APPLICATION_JSON).content(body(submission)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "invalid-request"))
			.andExpect(jsonPath("$.errors[*].field", contains("applicant.subjectRef")));
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void namesEachOverlongFieldOfTheNestedValues() throws Exception {
		Map<String, Object> applicant = Map.of("subjectRef", "s-1", "personalData",
				Map.of("fullName", "N".repeat(FieldLimits.FULL_NAME + 1)));
		Map<String, Object> signedDocument = Map.of("componentCode", "TO_KHAI", "name", "Tờ khai", "copyType",
				"ELECTRONIC", "sha256", SHA256, "signature", Map.of("algorithm", "SHA256withECDSA", "signatureBase64",
						"AA==", "certificateChainPem", List.of("c", "c", "c", "c", "c", "c")));
		Map<String, Object> submission = submission(applicant, signedDocument);
		submission.put("authorisationRef", "u".repeat(FieldLimits.AUTHORISATION_REF + 1));

		this.mockMvc.perform(post("/api/dossiers").contentType(MediaType.APPLICATION_JSON).content(body(submission)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("applicant.personalData.fullName",
					"documents[0].signature.certificateChainPem", "authorisationRef")));
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void refusesTooManyDocuments() throws Exception {
		Map<String, Object> submission = submission(Map.of("subjectRef", "s-1"), document());
		submission.put("documents", java.util.Collections.nCopies(FieldLimits.DOCUMENTS + 1, document()));

		this.mockMvc.perform(post("/api/dossiers").contentType(MediaType.APPLICATION_JSON).content(body(submission)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("documents")));
	}

	@Test
	void answersTheCommandSidesRefusalOfAPathVariableAsAnInvalidRequest() throws Exception {
		String transactionId = "t".repeat(FieldLimits.TRANSACTION_ID + 1);
		InvalidFieldsDetails details = new InvalidFieldsDetails(
				List.of(new InvalidFieldsDetails.InvalidField("transactionId", "at most 64 characters, not 65")));
		given(this.commands.sendAndWait(any()))
			.willThrow(new CommandExecutionException("Fields over their limits", null, details));

		this.mockMvc
			.perform(post("/api/dossiers/d-1/payments/" + transactionId + "/refund")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("reason", "Thu nhầm lệ phí"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("transactionId"))
			.andExpect(jsonPath("$.errors[0].message").value("at most 64 characters, not 65"));
	}

	private String body(Object value) {
		return this.json.writeValueAsString(value);
	}

	private static Map<String, Object> document() {
		return Map.of("componentCode", "TO_KHAI", "name", "Tờ khai", "copyType", "ELECTRONIC", "sha256", SHA256);
	}

	private static Map<String, Object> submission(Map<String, Object> applicant, Map<String, Object> document) {
		Map<String, Object> submission = new java.util.LinkedHashMap<>();
		submission.put("procedureCode", "2.000635");
		submission.put("channel", "ONLINE");
		submission.put("applicant", applicant);
		submission.put("documents", List.of(document));
		return submission;
	}

}
