package vn.dossierledger.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.json.JSONFilter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as problem+json instead of its HTML page, for what Tomcat refuses
 * before the application sees the request (an encoded {@code /}, {@code .} or NUL in the
 * path, a malformed request line or header) and for any error that reaches it unanswered.
 * Says what was refused, never why in Tomcat's words nor with a stack trace.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's own report: only for an error status, nothing written yet, and
		// once.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problemJson(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot take a body: nothing to report to
		}
	}

	static String problemJson(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "HTTP " + status;
		String detail = (status < 500)
				? "The web server refused the request before it reached the application (for example an encoded '/', "
						+ "'.' or NUL character in the path)"
				: "The web server could not answer this request";
		return "{\"type\":\"" + JSONFilter.escape(Problems.TYPE_BASE + Problems.typeNameOf(status)) + "\",\"title\":\""
				+ JSONFilter.escape(title) + "\",\"status\":" + status + ",\"detail\":\"" + JSONFilter.escape(detail)
				+ "\"}";
	}

}
