package vn.dossierledger.projection;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells a failure one event may have caused from one no event causes. Caused by an event:
 * the database refused a value (SQL state class 22, data exception: a string too long for
 * its column; class 23, integrity constraint violation) or a store refused the event's
 * document ({@link RefusedByStoreException}). Anything else — a lost connection, a lock
 * timeout, Elasticsearch down or overloaded — says nothing about the event and must never
 * dead-letter it: the batch is retried as it is.
 */
public final class EventFailures {

	/** The longest cause message reported (the value a column refused may be huge). */
	static final int MESSAGE_LIMIT = 500;

	private EventFailures() {
	}

	public static boolean mayBeCausedByAnEvent(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof RefusedByStoreException || cause instanceof DataIntegrityViolationException) {
				return true;
			}
			if (cause instanceof SQLException sql && refusedValue(sql)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The innermost cause, as "type: message", and the failure it came in when that is
	 * another, each cut to a readable length. A JDBC batch's failure names the database's
	 * own error in its next exception (its message may repeat the whole statement with
	 * the refused value first).
	 */
	public static String describe(Throwable failure) {
		Throwable innermost = failure;
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (innermost.getCause() != null && seen.add(innermost)) {
			innermost = innermost.getCause();
		}
		while (innermost instanceof SQLException sql && sql.getNextException() != null && seen.add(sql)) {
			innermost = sql.getNextException();
		}
		String described = summary(innermost, MESSAGE_LIMIT);
		return (innermost == failure) ? described : described + " (in " + summary(failure, MESSAGE_LIMIT / 2) + ")";
	}

	private static String summary(Throwable failure, int limit) {
		String message = String.valueOf(failure.getMessage());
		if (message.length() > limit) {
			message = message.substring(0, limit) + "…";
		}
		return failure.getClass().getName() + ": " + message;
	}

	/** A JDBC batch reports its statements' failures as a chain of next exceptions. */
	private static boolean refusedValue(SQLException failure) {
		for (SQLException sql = failure; sql != null; sql = sql.getNextException()) {
			String state = sql.getSQLState();
			if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
				return true;
			}
			if (sql.getNextException() == sql) {
				break;
			}
		}
		return false;
	}

}
