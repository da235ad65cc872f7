package vn.dossierledger.reference.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One block of office hours on a working day, e.g. 07:30–11:30. A dossier's clock runs
 * only inside these blocks.
 *
 * @param start when the session opens (inclusive)
 * @param end when the session closes
 */
public record OfficeSession(LocalTime start, LocalTime end) {

	public OfficeSession {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("Office session must start before it ends: " + start + "–" + end);
		}
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

}
