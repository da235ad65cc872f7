package vn.dossierledger.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection, its bytes exactly as given:
 * what a careful client (the JDK's, Spring's) refuses to send — CR/LF inside a header, a
 * raw invalid path, bytes that are no UTF-8, a Content-Length of its choosing — reaches
 * the server as written. A live stream's answer ends after its headers.
 */
final class RawHttp {

	private static final int READ_TIMEOUT_MILLIS = 60_000;

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends a request: the request line, the headers as given, a Host and a
	 * {@code Connection: close}, a Content-Length for the body unless the headers have
	 * one, and the body.
	 * @param headers name and value pairs, sent in order, unchecked
	 */
	Answer send(String method, String target, List<String[]> headers, byte[] body) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\n");
		boolean ownLength = false;
		for (String[] header : headers) {
			head.append(header[0]).append(": ").append(header[1]).append("\r\n");
			ownLength |= header[0].equalsIgnoreCase("Content-Length")
					|| header[0].equalsIgnoreCase("Transfer-Encoding");
		}
		if (body != null && !ownLength) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("Connection: close\r\n\r\n");
		request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		if (body != null) {
			request.writeBytes(body);
		}
		return exchange(request.toByteArray());
	}

	private Answer exchange(byte[] request) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(READ_TIMEOUT_MILLIS);
			IOException writeFailure = null;
			try {
				OutputStream out = socket.getOutputStream();
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it has read a body it refuses.
				writeFailure = ex;
			}
			try {
				return read(socket.getInputStream());
			}
			catch (IOException ex) {
				if (writeFailure != null) {
					ex.addSuppressed(writeFailure);
				}
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No answer to " + describe(request), ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		int status;
		Map<String, String> headers;
		do {
			// An interim answer (100 Continue) precedes the real one.
			String statusLine = line(in);
			if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
				throw new IOException("Not an HTTP answer: " + statusLine);
			}
			status = Integer.parseInt(statusLine.substring(9, 12));
			headers = new LinkedHashMap<>();
			for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				headers.merge(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
						header.substring(colon + 1).strip(), (first, second) -> first + ", " + second);
			}
		}
		while (status < 200);
		String contentType = headers.getOrDefault("content-type", "");
		if (contentType.startsWith("text/event-stream")) {
			return new Answer(status, headers, new byte[0]);
		}
		byte[] body;
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunked(in);
		}
		else if (headers.containsKey("content-length")) {
			body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
		}
		else {
			body = in.readAllBytes();
		}
		return new Answer(status, headers, body);
	}

	private static byte[] dechunked(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String size = line(in); size != null; size = line(in)) {
			int length = Integer.parseInt(size.split(";")[0].strip(), 16);
			if (length == 0) {
				break;
			}
			body.writeBytes(in.readNBytes(length));
			line(in);
		}
		return body.toByteArray();
	}

	/** A line ended by CRLF, as ISO-8859-1; null at the end of the stream. */
	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int previous = -1;
		for (int next = in.read(); next != -1; next = in.read()) {
			if (previous == '\r' && next == '\n') {
				byte[] bytes = line.toByteArray();
				return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
			}
			line.write(next);
			previous = next;
		}
		return (line.size() == 0) ? null : line.toString(StandardCharsets.ISO_8859_1);
	}

	private static String describe(byte[] request) {
		String text = new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1);
		return text.replace("\r\n", " | ") + ((request.length > 300) ? "… (" + request.length + " bytes)" : "");
	}

	/** A status, the headers by lower-case name, and the body's bytes. */
	record Answer(int status, Map<String, String> headers, byte[] body) {

		String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			String text = text();
			return this.status + " " + contentType() + " "
					+ ((text.length() > 600) ? text.substring(0, 600) + "…" : text);
		}

	}

}
