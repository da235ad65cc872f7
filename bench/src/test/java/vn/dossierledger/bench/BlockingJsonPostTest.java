package vn.dossierledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingJsonPostTest {

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private BlockingJsonPost post;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
		this.post = new BlockingJsonPost("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void sendsTheBodyAsJsonWithTheHeadersAndReadsTheAnswer() {
		HttpJson.Reply reply = this.post.post("/api/dossiers/d-1/receipt", Map.of("actingOfficerId", "cb-01"),
				"If-Match", "\"3\"");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().path("echo").asText()).isEqualTo("{\"actingOfficerId\":\"cb-01\"}");
		assertThat(this.seen).containsExactly("POST /api/dossiers/d-1/receipt application/json \"3\"");
	}

	@Test
	void readsAnErrorAnswerWithoutThrowing() {
		HttpJson.Reply reply = this.post.post("/conflict", "{}");

		assertThat(reply.ok()).isFalse();
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.body()).contains("rule");
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
				+ exchange.getRequestHeaders().getFirst("Content-Type") + " "
				+ exchange.getRequestHeaders().getFirst("If-Match"));
		boolean conflict = exchange.getRequestURI().getPath().equals("/conflict");
		byte[] answer = (conflict ? "{\"rule\":\"version\"}" : HttpJson.write(Map.of("echo", body)))
			.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(conflict ? 409 : 201, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

}
