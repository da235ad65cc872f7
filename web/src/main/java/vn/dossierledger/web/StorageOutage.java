package vn.dossierledger.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The database cannot be reached — down, restarting, or no connection within the pool's
 * time limit: whatever failed stored nothing, and the client may try again shortly. A 503
 * with {@code Retry-After}, not a 500.
 */
public final class StorageOutage {

	/** Seconds a client should wait before it tries again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private StorageOutage() {
	}

	/**
	 * HikariCP's answer when a connection it marked broken is used again, e.g. to roll
	 * back after the server went away: it carries no SQLState, and the rollback's failure
	 * hides the first one.
	 */
	private static final String POOLED_CONNECTION_CLOSED = "Connection is closed";

	/**
	 * Whether a connection to the database failed somewhere in this exception's causes.
	 */
	public static boolean among(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
					|| (cause instanceof SQLException sql && connectionLost(sql))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * SQLState class 08 (connection exception) or 57P (the server shut down, crashed or
	 * cannot take connections yet), or the pool's closed connection.
	 */
	private static boolean connectionLost(SQLException failure) {
		String state = failure.getSQLState();
		if (state == null) {
			return POOLED_CONNECTION_CLOSED.equals(failure.getMessage());
		}
		return state.startsWith("08") || state.startsWith("57P");
	}

	public static ProblemDetail problem() {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Storage unavailable",
				"The database cannot be reached; nothing was stored. Try again in " + RETRY_AFTER_SECONDS + " seconds");
	}

	public static HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		return headers;
	}

}
