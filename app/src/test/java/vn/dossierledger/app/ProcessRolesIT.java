package vn.dossierledger.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The same jar as two processes on one PostgreSQL: a {@code commands} process that keeps
 * no read model and a {@code projections} process that handles no command, working
 * together through the event store.
 */
class ProcessRolesIT {

	@Test
	void aCommandSentToTheCommandsProcessShowsUpInTheReadModelOfTheProjectionsProcess() {
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();
		try (LedgerApplication commands = LedgerApplication.start(withProfiles(database, "postgres,commands"));
				LedgerApplication projections = LedgerApplication
					.start(withProfiles(database, "postgres,projections"))) {
			// The ledger seals what the command side writes: its processor is the only
			// one there.
			assertThat(streamingProcessorsOf(commands)).as("streaming processors in the commands process")
				.containsOnlyKeys("ledger-seals");
			assertThat(commands.bean(Scheduler.class)).as("deadlines fire in the commands process").isPresent();

			assertThat(streamingProcessorsOf(projections)).as("read-model processors in the projections process")
				.containsKeys("dossier-status", "control-sheet", "performance-statistics", "red-flags")
				.doesNotContainKey("ledger-seals");
			assertThat(projections.bean(Scheduler.class)).as("no deadline polling without the aggregate").isEmpty();
			assertThat(projections.bean(TokenStore.class)).as("tokens claimed in PostgreSQL, shared between processes")
				.containsInstanceOf(JpaTokenStore.class);
			assertThatThrownBy(
					() -> projections.bean(CommandGateway.class)
						.orElseThrow()
						.sendAndWait(new SubmitDossierCommand("d-1", null, "1.001", null, null, null, null, null, null,
								null, null)))
				.as("no command handler in the projections process")
				.isInstanceOf(NoHandlerForCommandException.class);
			assertThat(projections.api().post("/api/dossiers", BirthRegistration.submission(null)).status())
				.as("no command REST in the projections process")
				.isEqualTo(404);

			DossierWalk walk = DossierWalk.submit(commands.api());
			walk.receive();
			HttpHeaders secret = new HttpHeaders();
			secret.set("X-Lookup-Secret", walk.lookupSecret());
			Reply status = await().atMost(Duration.ofSeconds(30))
				.until(() -> projections.api()
					.exchange(HttpMethod.GET, "/api/status/" + walk.dossierCode(), secret, null, null),
						(reply) -> reply.status() == 200 && reply.json().path("nationalStatusCode").asInt() == 2);
			assertThat(status.text("dossierCode")).isEqualTo(walk.dossierCode());
			assertThat(commands.api()
				.exchange(HttpMethod.GET, "/api/status/" + walk.dossierCode(), secret, null, null)
				.status()).as("no query REST in the commands process").isEqualTo(404);
		}
	}

	private static Map<String, Object> withProfiles(Map<String, Object> database, String profiles) {
		Map<String, Object> properties = new HashMap<>(database);
		properties.put("spring.profiles.active", profiles);
		return properties;
	}

	private static Map<String, EventProcessor> streamingProcessorsOf(LedgerApplication application) {
		Map<String, EventProcessor> streaming = new HashMap<>(
				application.bean(EventProcessingConfiguration.class).orElseThrow().eventProcessors());
		streaming.values().removeIf((processor) -> !(processor instanceof StreamingEventProcessor));
		return streaming;
	}

}
