package vn.dossierledger.query.status;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The anonymous status lookup's limits, as token buckets (Bucket4j) held in this process:
 * one per client for every lookup, and one per dossier code for the lookups that find
 * nothing. A lookup takes a token from both before anything is looked up, and gives the
 * code's back when it finds the dossier, so that concurrent guesses cannot slip past the
 * code's limit. A wrong secret and an unknown code cost the same token.
 * <p>
 * The buckets live in bounded caches (Caffeine): at most so many clients and codes, each
 * forgotten once it would be full again, so a flood of made-up codes or addresses cannot
 * exhaust the heap. A flood can push the least used codes out early; the client limit
 * bounds how fast one client can do that.
 */
final class StatusLookupLimiter {

	/** What the limits admit: the code's token, to give back when the lookup finds it. */
	interface Admission {

		/** The lookup found the dossier: not a wrong guess. */
		void found();

	}

	private static final Admission UNLIMITED = () -> {
	};

	private final StatusLookupLimits limits;

	private final TimeMeter time;

	private final Cache<String, Bucket> clients;

	private final Cache<String, Bucket> codes;

	/**
	 * The caches evict on the common pool, as Caffeine does by default: done on the
	 * lookups' own threads it made 64 of them contend for the eviction lock
	 * (bench/README.md, thirteenth round).
	 */
	StatusLookupLimiter(StatusLookupLimits limits) {
		this(limits, System::nanoTime, ForkJoinPool.commonPool());
	}

	/**
	 * @param nanoTime the time the buckets refill and the caches expire by
	 * @param maintenance where the caches evict
	 */
	StatusLookupLimiter(StatusLookupLimits limits, LongSupplier nanoTime, Executor maintenance) {
		this.limits = limits;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return nanoTime.getAsLong();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}

		};
		this.clients = buckets(limits.trackedClients(), limits.perClient(), nanoTime, maintenance);
		this.codes = buckets(limits.trackedCodes(), limits.wrongGuessesPerCode(), nanoTime, maintenance);
	}

	private static Cache<String, Bucket> buckets(int maximum, StatusLookupLimits.Limit limit, LongSupplier nanoTime,
			Executor maintenance) {
		return Caffeine.newBuilder()
			.maximumSize(maximum)
			.expireAfterAccess(limit.timeToFill().toNanos(), TimeUnit.NANOSECONDS)
			.ticker(nanoTime::getAsLong)
			.executor(maintenance)
			.build();
	}

	boolean enabled() {
		return this.limits.enabled();
	}

	/**
	 * Admits one lookup of the code by the client, or refuses it.
	 * @throws StatusLookupLimitedException when the client or the code is over its limit
	 */
	Admission admit(String client, String dossierCode) {
		if (!this.limits.enabled()) {
			return UNLIMITED;
		}
		admitClient(client);
		Bucket code = this.codes.get(dossierCode, (key) -> bucket(this.limits.wrongGuessesPerCode()));
		ConsumptionProbe byCode = code.tryConsumeAndReturnRemaining(1);
		if (!byCode.isConsumed()) {
			throw new StatusLookupLimitedException(StatusLookupLimitedException.Limit.DOSSIER_CODE, byCode);
		}
		return () -> code.addTokens(1);
	}

	/**
	 * Counts a request against its client alone, e.g. one refused before it names a code
	 * that could exist.
	 * @throws StatusLookupLimitedException when the client is over its limit
	 */
	void admitClient(String client) {
		if (!this.limits.enabled()) {
			return;
		}
		ConsumptionProbe byClient = this.clients.get(client, (key) -> bucket(this.limits.perClient()))
			.tryConsumeAndReturnRemaining(1);
		if (!byClient.isConsumed()) {
			throw new StatusLookupLimitedException(StatusLookupLimitedException.Limit.CLIENT, byClient);
		}
	}

	private Bucket bucket(StatusLookupLimits.Limit limit) {
		return Bucket.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.refill(), limit.period()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	/** Clients remembered now (after pending evictions). */
	long trackedClients() {
		this.clients.cleanUp();
		return this.clients.estimatedSize();
	}

	/** Dossier codes remembered now (after pending evictions). */
	long trackedCodes() {
		this.codes.cleanUp();
		return this.codes.estimatedSize();
	}

}
