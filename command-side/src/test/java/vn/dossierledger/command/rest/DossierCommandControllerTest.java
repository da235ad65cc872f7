package vn.dossierledger.command.rest;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.OfficerRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the command API refuses before a command is sent: a 400 problem+json naming the
 * field, and nothing reaches the command gateway.
 */
@ContextConfiguration(classes = CommandApiSlice.class)
@WebMvcTest
class DossierCommandControllerTest {

	private static final String DOSSIER = "/api/dossiers/0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0001";

	private static final String DOCUMENT = """
			{"componentCode": "TO_KHAI", "name": "Tờ khai", "copyType": "ELECTRONIC", "sha256": "%s",
			 "digitised": true, "reusedFromRepository": false}""".formatted("a".repeat(64));

	private static final String ITEM = """
			{"componentCode": "TO_KHAI", "issue": "Bản chụp mờ, không đọc được"}""";

	private static final String FEE = """
			{"code": "PHI_LLTP", "name": "Phí", "type": "FEE", "amountVnd": 200000}""";

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

	@ParameterizedTest(name = "{0} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/dossiers                   | documents | documents[1]
			/intake-supplements             | documents | documents[1]
			/supplements                    | documents | documents[1]
			/supplement-requests            | items     | items[1]
			/intake-supplement-requests     | items     | items[1]
			/financial-obligations          | fees      | fees[1]
			""")
	void refusesANullListElementNamingIt(String command, String list, String field) throws Exception {
		String path = command.startsWith("/api") ? command : DOSSIER + command;
		String element = switch (list) {
			case "documents" -> DOCUMENT;
			case "items" -> ITEM;
			default -> FEE;
		};
		String body = """
				{"procedureCode": "1.001193", "channel": "IN_PERSON", "applicant": {"subjectRef": "subj-001"},
				 "submittedBy": "subj-001", "actingOfficerId": "hn-phk-tn-01", "reason": "Bản chụp mờ, không đọc được",
				 "legalBasis": "Nghị định 123/2015/NĐ-CP", "approvedByOfficerId": "hn-phk-ld-01",
				 "%s": [%s, null]}""".formatted(list, element);

		refused(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
	}

	@Test
	void refusesAnObjectWithADuplicateKeyAsUnreadable() throws Exception {
		refused(post(DOSSIER + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"actingOfficerId\": \"hn-phk-tn-01\", \"actingOfficerId\": \"hn-phk-ld-01\"}"))
			.andExpect(jsonPath("$.type").value(endsWith("/invalid-request")));
	}

	@Test
	void refusesAnUnknownEnumValueNamingTheField() throws Exception {
		refused(post(DOSSIER + "/receipt").contentType(MediaType.APPLICATION_JSON)
			.content("{\"actingOfficerId\": \"hn-phk-tn-01\", \"deliveryMethod\": \"FOO\"}"))
			.andExpect(jsonPath("$.errors[0].field").value("deliveryMethod"));
	}

	/**
	 * The class of the null-element bug: a list in a request body whose elements may be
	 * null reaches the controller's mapping or the aggregate as a null.
	 */
	@Test
	void everyListInARequestBodyRefusesNullElements() {
		List<String> lenient = new ArrayList<>();
		for (Class<?> body : DossierRequests.class.getDeclaredClasses()) {
			if (!body.isRecord()) {
				continue;
			}
			for (RecordComponent component : body.getRecordComponents()) {
				if (List.class.isAssignableFrom(component.getType())) {
					AnnotatedType element = ((AnnotatedParameterizedType) component.getAnnotatedType())
						.getAnnotatedActualTypeArguments()[0];
					if (!element.isAnnotationPresent(NotNull.class)) {
						lenient.add(body.getSimpleName() + "." + component.getName());
					}
				}
			}
		}
		assertThat(lenient).as("lists whose elements may be null").isEmpty();
	}

	private ResultActions refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		ResultActions result = this.mockMvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
		verifyNoInteractions(this.commands);
		return result;
	}

}
