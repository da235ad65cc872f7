package vn.dossierledger.query.status;

import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;

/**
 * A status lookup refused before anything was looked up: its client, or the dossier code
 * it asks for, is over its limit ({@link StatusLookupLimits}).
 */
class StatusLookupLimitedException extends RuntimeException {

	/** Which limit refused, as the problem names it. */
	enum Limit {

		CLIENT("client", "Too many status lookups from this client"),

		DOSSIER_CODE("dossier-code", "Too many lookups of this dossier code that found nothing");

		private final String name;

		private final String detail;

		Limit(String name, String detail) {
			this.name = name;
			this.detail = detail;
		}

	}

	private final Limit limit;

	private final long retryAfterSeconds;

	StatusLookupLimitedException(Limit limit, ConsumptionProbe refused) {
		this(limit, Duration.ofNanos(refused.getNanosToWaitForRefill()));
	}

	StatusLookupLimitedException(Limit limit, Duration untilRefill) {
		super(limit.detail, null, false, false);
		this.limit = limit;
		// Whole seconds, rounded up: a client that waits as told is admitted.
		long seconds = untilRefill.toSeconds() + ((untilRefill.toNanosPart() > 0) ? 1 : 0);
		this.retryAfterSeconds = Math.max(1, seconds);
	}

	/** The limit's name in the problem: {@code client} or {@code dossier-code}. */
	String limitName() {
		return this.limit.name;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
