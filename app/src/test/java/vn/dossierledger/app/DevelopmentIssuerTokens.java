package vn.dossierledger.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Tokens from the running application's development issuer, as a client gets them: the
 * client-credentials grant with the person's id and the shared development secret. Each
 * person's token is fetched once.
 */
final class DevelopmentIssuerTokens implements Tokens {

	static final String SECRET = "demo";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RestClient client;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	DevelopmentIssuerTokens(int port) {
		this.client = RestClient.create("http://localhost:" + port);
	}

	@Override
	public String tokenFor(String personId) {
		return this.tokens.computeIfAbsent(personId, this::fetch);
	}

	private String fetch(String personId) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		return this.client.post()
			.uri("/oauth2/token")
			.headers((headers) -> headers.setBasicAuth(personId, SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.exchange((request, response) -> {
				if (!response.getStatusCode().is2xxSuccessful()) {
					throw new IllegalStateException("The development issuer refused a token for " + personId + ": "
							+ response.getStatusCode() + " " + new String(response.getBody().readAllBytes()));
				}
				JsonNode answer = JSON.readTree(response.getBody());
				return answer.path("access_token").asText();
			});
	}

}
