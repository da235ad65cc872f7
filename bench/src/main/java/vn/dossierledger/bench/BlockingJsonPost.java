package vn.dossierledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * POSTs through {@link HttpURLConnection} (blocking, keep-alive), for the append clients:
 * the JDK's {@code HttpClient} hands every exchange between its own threads, which cost
 * the load generator about 0.15 ms of CPU per command on the two cores it shares with the
 * app under test (the lookups went the same way before).
 */
final class BlockingJsonPost implements JsonPost {

	private static final int CONNECT_TIMEOUT_MS = 5_000;

	private static final int READ_TIMEOUT_MS = 60_000;

	private final String baseUrl;

	BlockingJsonPost(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	@Override
	public HttpJson.Reply post(String path, Object body, String... headers) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(this.baseUrl + path).toURL().openConnection();
			connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
			connection.setReadTimeout(READ_TIMEOUT_MS);
			connection.setRequestMethod("POST");
			connection.setRequestProperty("Content-Type", "application/json");
			for (int i = 0; i + 1 < headers.length; i += 2) {
				connection.setRequestProperty(headers[i], headers[i + 1]);
			}
			byte[] bytes = HttpJson.write(body).getBytes(StandardCharsets.UTF_8);
			connection.setDoOutput(true);
			connection.setFixedLengthStreamingMode(bytes.length);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(bytes);
			}
			int status = connection.getResponseCode();
			// Read to the end, error answers too, so that the connection is kept.
			try (InputStream answer = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
				String text = (answer != null) ? new String(answer.readAllBytes(), StandardCharsets.UTF_8) : "";
				return new HttpJson.Reply(status, text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
