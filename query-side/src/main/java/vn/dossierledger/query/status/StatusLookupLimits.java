package vn.dossierledger.query.status;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far the anonymous status lookup may be used ({@code dossier-ledger.status-lookup}),
 * so that neither a dossier's secret nor the list of codes can be guessed by trying.
 *
 * @param enabled whether lookups are limited at all
 * @param perClient lookups one client may make, found or not: a client is an address (an
 * IPv6 client its /64 network, which one subscriber usually holds whole)
 * @param wrongGuessesPerCode lookups of one dossier code that found nothing, from all
 * clients together; a wrong secret and an unknown code count alike
 * @param trackedClients most clients remembered at once; the least used are forgotten
 * first
 * @param trackedCodes most dossier codes remembered at once
 * @param trustedProxies the reverse proxies in front of the ledger, as addresses or CIDR
 * ranges: only a request from one of them has its {@code X-Forwarded-For} believed
 */
@ConfigurationProperties("dossier-ledger.status-lookup")
public record StatusLookupLimits(@DefaultValue("true") boolean enabled, Limit perClient, Limit wrongGuessesPerCode,
		@DefaultValue("50000") int trackedClients, @DefaultValue("50000") int trackedCodes,
		List<String> trustedProxies) {

	private static final String PREFIX = "dossier-ledger.status-lookup.";

	public StatusLookupLimits {
		perClient = Limit.orDefaults(perClient, 20, 5, Duration.ofSeconds(1), PREFIX + "per-client");
		wrongGuessesPerCode = Limit.orDefaults(wrongGuessesPerCode, 5, 5, Duration.ofMinutes(15),
				PREFIX + "wrong-guesses-per-code");
		requireAtLeastOne(trackedClients, PREFIX + "tracked-clients");
		requireAtLeastOne(trackedCodes, PREFIX + "tracked-codes");
		trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : List.of();
	}

	/** The defaults, as an application without any of these properties has them. */
	static StatusLookupLimits defaults() {
		return new StatusLookupLimits(true, null, null, 50_000, 50_000, null);
	}

	private static void requireAtLeastOne(long value, String property) {
		if (value < 1) {
			throw new IllegalArgumentException(property + " must be at least 1, was " + value);
		}
	}

	/**
	 * A token bucket: {@code capacity} lookups at once, then {@code refill} more every
	 * {@code period}, added smoothly.
	 *
	 * @param capacity the burst
	 * @param refill lookups regained per period
	 * @param period the period of the refill
	 */
	public record Limit(Integer capacity, Integer refill, Duration period) {

		static Limit orDefaults(Limit given, int capacity, int refill, Duration period, String property) {
			Limit limit = (given != null) ? given : new Limit(null, null, null);
			Limit filled = new Limit((limit.capacity != null) ? limit.capacity : capacity,
					(limit.refill != null) ? limit.refill : refill, (limit.period != null) ? limit.period : period);
			requireAtLeastOne(filled.capacity, property + ".capacity");
			requireAtLeastOne(filled.refill, property + ".refill");
			if (filled.period.isNegative() || filled.period.isZero()) {
				throw new IllegalArgumentException(property + ".period must be positive, was " + filled.period);
			}
			return filled;
		}

		/**
		 * How long until an empty bucket is full again: a bucket unused for that long is
		 * the same as a new one, so it need not be remembered any longer.
		 */
		Duration timeToFill() {
			return this.period.multipliedBy(this.capacity).dividedBy(this.refill).plusSeconds(1);
		}

	}

}
