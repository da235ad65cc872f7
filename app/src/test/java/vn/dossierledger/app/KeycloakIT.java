package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.identity.Role;

/**
 * The production path of identity against a real OpenID Connect provider: Keycloak with
 * the test realm ({@code keycloak/dossier-ledger-realm.json}) and the application with
 * its development issuer off, trusting only that realm, configured as a Keycloak
 * deployment is: the person in {@code preferred_username}, the roles in
 * {@code realm_access.roles}, keys found through the issuer's discovery document. Every
 * token below is Keycloak's own, from the password grant.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

	/** The realm's client whose tokens name the ledger as their audience. */
	private static final String LEDGER_CLIENT = "ledger-tests";

	private static KeycloakServer keycloak;

	private static LedgerApplication application;

	private static Tokens tokens;

	/** A token for the ledger that Keycloak issued to live one second. */
	private static String shortLived;

	@BeforeAll
	static void startKeycloakAndTheLedgerTrustingOnlyIt() throws IOException {
		keycloak = KeycloakServer.start();
		// Taken before the application starts, so that most of the wait for it to be
		// past the ledger's minute of clock skew is spent starting the application.
		shortLived = keycloak.token("ledger-short-lived", LedgerApi.INSPECTOR);
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "keycloak-");
		// As a deployment on Keycloak is configured: keys through the issuer's discovery
		// document, the person in preferred_username, the roles of the realm.
		application = LedgerApplication
			.start(Map.ofEntries(Map.entry("dossier-ledger.data-dir", data.toAbsolutePath().toString()),
					Map.entry("dossier-ledger.security.development-issuer.enabled", false),
					Map.entry("dossier-ledger.security.issuers[0].issuer", keycloak.issuer()),
					Map.entry("dossier-ledger.security.issuers[0].audience", "dossier-ledger"),
					Map.entry("dossier-ledger.security.person-claim", "preferred_username"),
					Map.entry("dossier-ledger.security.roles-claim", "realm_access.roles")));
		tokens = keycloak.tokens(LEDGER_CLIENT);
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		if (keycloak != null) {
			keycloak.close();
		}
	}

	@Test
	@Order(1)
	void aDossierWalksItsWholeLifeOnKeycloakTokensAndTheInspectorReadsWhoDidWhat() {
		String dossierId = DossierWalk.submit(api()).receive().processUntilResultIssued().deliver().rate().dossierId();

		Reply history = api().as(LedgerApi.INSPECTOR).get("/api/dossiers/" + dossierId + "/history");

		assertThat(history.status()).as("the inspector's history %s", history).isEqualTo(200);
		List<JsonNode> steps = StreamSupport.stream(history.json().path("steps").spliterator(), false).toList();
		assertThat(steps).extracting((step) -> step.path("type").asText())
			.containsExactly("DossierSubmittedEvent", "DossierReceivedEvent", "DossierTransferredEvent",
					"OpinionRecordedEvent", "DossierTransferredEvent", "DecisionSignedEvent", "DossierTransferredEvent",
					"ResultIssuedEvent", "ResultDeliveredEvent", "SatisfactionRatedEvent");
		// The actor of each event is the Keycloak user whose token made the request.
		assertThat(steps).extracting((step) -> step.path("actor").path("id").asText())
			.containsExactly(BirthRegistration.APPLICANT, BirthRegistration.RECEIVING_OFFICER,
					BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, BirthRegistration.SPECIALIST,
					BirthRegistration.APPROVING_LEADER, BirthRegistration.APPROVING_LEADER, BirthRegistration.CLERK,
					BirthRegistration.RECEIVING_OFFICER, BirthRegistration.APPLICANT);
	}

	@Test
	@Order(2)
	void aCitizenOrAnOfficerTheOrganisationNeverAppointedCannotActAsAnOfficer() {
		DossierWalk dossier = DossierWalk.submit(api()).receive();
		Map<String, Object> transfer = BirthRegistration.transfer(BirthRegistration.RECEIVING_OFFICER,
				BirthRegistration.SPECIALIST, "THAM_DINH");

		refused(api().as(BirthRegistration.APPLICANT).post(dossier.path("/transfers"), transfer, dossier.version()),
				403, "forbidden");
		// Keycloak's realm says OFFICER, but organisation.yaml has no such officer.
		refused(api().as("self-appointed")
			.post(dossier.path("/transfers"),
					BirthRegistration.transfer("self-appointed", BirthRegistration.SPECIALIST, "THAM_DINH"),
					dossier.version()),
				403, "forbidden");
		refused(api().as("self-appointed").get("/api/units/hn-phk-1c/dossiers"), 403, "forbidden");

		assertThat(api().as(BirthRegistration.RECEIVING_OFFICER)
			.post(dossier.path("/transfers"), transfer, dossier.version())
			.status()).as("the same transfer by the holder").isEqualTo(200);
	}

	@Test
	@Order(3)
	void aTokenForAnotherAudienceOrForgedOrSignedByAnotherKeyIsRefused() {
		String otherAudience = keycloak.token("other-service", LedgerApi.INSPECTOR);
		String forged = withClaims(keycloak.token(LEDGER_CLIENT, BirthRegistration.APPLICANT),
				(claims) -> claims.putObject("realm_access").putArray("roles").add(Role.INSPECTOR.name()));
		String impostor = TestIssuer.shared()
			.sign(LedgerApi.INSPECTOR, Role.INSPECTOR, keycloak.issuer(), "dossier-ledger",
					Instant.now().plusSeconds(600));

		assertThat(KeycloakServer.claims(otherAudience).path("aud").toString()).doesNotContain("dossier-ledger");
		for (String token : List.of(otherAudience, forged, impostor)) {
			refused(withBearer(token), 401, "unauthenticated");
		}
		assertThat(withBearer(keycloak.token(LEDGER_CLIENT, LedgerApi.INSPECTOR)).status())
			.as("a genuine inspector's token for the ledger")
			.isEqualTo(200);
	}

	@Test
	@Order(4)
	void aTokenPastItsLifetimeIsRefused() {
		assertThat(withBearer(keycloak.token("ledger-short-lived", LedgerApi.INSPECTOR)).status())
			.as("a fresh token of the short-lived client")
			.isEqualTo(200);

		// The ledger allows a minute of clock skew between issuer and resource server.
		Instant expired = Instant.ofEpochSecond(KeycloakServer.claims(shortLived).path("exp").asLong()).plusSeconds(61);
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> Instant.now().isAfter(expired));
		refused(withBearer(shortLived), 401, "unauthenticated");
	}

	private static LedgerApi api() {
		return LedgerApi.onPort(application.port(), tokens);
	}

	/** An inspector's read, with exactly this bearer token. */
	private static Reply withBearer(String token) {
		HttpHeaders bearer = new HttpHeaders();
		bearer.setBearerAuth(token);
		return api().exchange(HttpMethod.GET, "/api/red-flags", bearer, null, null);
	}

	/** The token with its claims rewritten and its signature kept. */
	private static String withClaims(String token, Consumer<ObjectNode> change) {
		String[] parts = token.split("\\.");
		ObjectNode claims = (ObjectNode) KeycloakServer.claims(token);
		change.accept(claims);
		String payload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
		return parts[0] + "." + payload + "." + parts[2];
	}

	private static void refused(Reply reply, int status, String type) {
		assertThat(reply.status()).as("answered %s", reply).isEqualTo(status);
		assertThat(reply.contentType()).isNotNull();
		assertThat(reply.contentType().toString()).startsWith("application/problem+json");
		assertThat(reply.text("type")).endsWith("/" + type);
	}

}
