package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;

/**
 * Strings too long for the ledger are refused before anything is stored, whichever way
 * the command comes: the request of the defect report (a subject reference of 200,000
 * characters, which stopped four read models), a path variable, and a command sent
 * straight to the command gateway.
 */
class FieldLimitsIT extends SharedLedgerTest {

	private static final String TOO_LONG = "x".repeat(200_000);

	@Autowired
	private CommandGateway commands;

	@Test
	void refusesTheSubmissionOfTheDefectReportNamingTheFieldAndStoresNothing() {
		Map<String, Object> submission = BirthRegistration.submission(null);
		submission.put("applicant", Map.of("subjectRef", TOO_LONG));
		long eventsBefore = eventStore().eventCount();

		Reply refused = api().as(BirthRegistration.RECEIVING_OFFICER).post("/api/dossiers", submission);

		assertThat(refused.status()).as("%s", refused).isEqualTo(400);
		assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.text("type")).endsWith("/invalid-request");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("applicant.subjectRef");
		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void refusesAnOverlongPathVariableNamingItAndStoresNothing() {
		DossierWalk walk = DossierWalk.submit(api());
		long eventsBefore = eventStore().eventCount();

		Reply refused = api().post(walk.path("/payments/" + "t".repeat(65) + "/refund"),
				Map.of("actingOfficerId", BirthRegistration.APPROVING_LEADER, "reason", "Thu nhầm lệ phí"));

		assertThat(refused.status()).as("%s", refused).isEqualTo(400);
		assertThat(refused.text("type")).endsWith("/invalid-request");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("transactionId");
		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void refusesACommandSentStraightToTheGatewayAndStoresNothing() {
		String dossierId = UUID.randomUUID().toString();
		SubmitDossierCommand submission = new SubmitDossierCommand(dossierId, "IT-" + dossierId.substring(0, 8),
				BirthRegistration.PROCEDURE, Channel.ONLINE, new SubjectRef(TOO_LONG), null, null, null, null,
				List.of(new SubmittedDocument("TO_KHAI", "Tờ khai", CopyType.ELECTRONIC, "a".repeat(64), false, false,
						null),
						new SubmittedDocument("GIAY_CHUNG_SINH", "Giấy chứng sinh", CopyType.ELECTRONIC, "b".repeat(64),
								false, false, null)),
				null);
		long eventsBefore = eventStore().eventCount();

		assertThatThrownBy(() -> this.commands.sendAndWait(submission)).isInstanceOf(CommandExecutionException.class)
			.hasMessageContaining("applicant");
		assertThat(eventStore().eventsOf(dossierId)).isEmpty();
		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore);
	}

}
