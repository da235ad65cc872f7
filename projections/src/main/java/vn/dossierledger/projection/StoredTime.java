package vn.dossierledger.projection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Instants as a read model's {@code timestamp(6)} columns keep them. Events carry
 * nanoseconds; a row read back from the database has microseconds, which the database
 * rounds to. A projection that compares an event's instant with a row's keeps the row's
 * already truncated here (so the database has nothing left to round) and compares both as
 * stored: it judges alike whether the row stayed in memory (a replay's batch) or was read
 * back (live).
 */
public final class StoredTime {

	private StoredTime() {
	}

	public static Instant stored(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

	/** Whether two instants are the same once stored. */
	public static boolean sameStored(Instant a, Instant b) {
		return Objects.equals(stored(a), stored(b));
	}

}
