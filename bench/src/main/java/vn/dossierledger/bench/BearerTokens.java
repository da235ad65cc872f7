package vn.dossierledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The load generator's bearer tokens, got as a client of the ledger gets them: the
 * client-credentials grant at the development issuer's token endpoint, with the person's
 * id and the shared development secret. One token per person, kept until shortly before
 * it expires, then fetched again.
 */
final class BearerTokens {

	/** Who issues a person's token. */
	@FunctionalInterface
	interface Issuer {

		Token issue(String personId);

	}

	/** An access token and when it stops being accepted. */
	record Token(String value, Instant expiresAt) {

	}

	/** A token this close to its expiry is fetched again, not sent. */
	static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(1);

	private final Issuer issuer;

	private final Clock clock;

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	BearerTokens(Issuer issuer, Clock clock) {
		this.issuer = issuer;
		this.clock = clock;
	}

	/** Tokens from the development issuer at this base URL, with its shared secret. */
	static BearerTokens fromDevelopmentIssuer(String baseUrl, String secret) {
		return new BearerTokens((personId) -> fetch(baseUrl, personId, secret), Clock.systemUTC());
	}

	/** The value of an {@code Authorization} header carrying the person's token. */
	String authorization(String personId) {
		return "Bearer " + tokenFor(personId);
	}

	String tokenFor(String personId) {
		Token token = this.tokens.get(personId);
		if (fresh(token)) {
			return token.value();
		}
		// One fetch per person at a time; the others wait for it.
		return this.tokens.compute(personId, (id, held) -> fresh(held) ? held : this.issuer.issue(id)).value();
	}

	private boolean fresh(Token token) {
		return token != null && this.clock.instant().plus(REFRESH_BEFORE_EXPIRY).isBefore(token.expiresAt());
	}

	private static Token fetch(String baseUrl, String personId, String secret) {
		Instant asked = Instant.now();
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/oauth2/token")
				.toURL()
				.openConnection();
			connection.setRequestMethod("POST");
			connection.setConnectTimeout(5_000);
			connection.setReadTimeout(30_000);
			String credentials = personId + ":" + secret;
			connection.setRequestProperty("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
			connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
			byte[] form = "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII);
			connection.setDoOutput(true);
			connection.setFixedLengthStreamingMode(form.length);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(form);
			}
			int status = connection.getResponseCode();
			try (InputStream answer = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
				String text = (answer != null) ? new String(answer.readAllBytes(), StandardCharsets.UTF_8) : "";
				if (status != 200) {
					throw new IllegalStateException(
							"The development issuer refused a token for " + personId + ": " + status + " " + text);
				}
				JsonNode granted = HttpJson.JSON.readTree(text);
				return new Token(granted.path("access_token").asText(),
						asked.plusSeconds(granted.path("expires_in").asLong()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No token for " + personId + " from " + baseUrl, ex);
		}
	}

}
