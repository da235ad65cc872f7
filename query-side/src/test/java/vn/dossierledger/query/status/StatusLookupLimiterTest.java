package vn.dossierledger.query.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import vn.dossierledger.query.status.StatusLookupLimits.Limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The lookup limits on a clock the test moves: a client has a burst and then a steady
 * rate; a code has a few wrong guesses from all clients together, and a lookup that finds
 * its dossier costs the code nothing; refusals say which limit and when to come back; the
 * buckets held stay within their bounds.
 */
class StatusLookupLimiterTest {

	private static final String CODE = "000.00.01.H26-260213-0001";

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	@Test
	void admitsAClientsBurstThenRefusesUntilItsBucketRefills() {
		StatusLookupLimiter limiter = limiter(new Limit(3, 1, Duration.ofSeconds(10)), generous());

		for (int i = 0; i < 3; i++) {
			limiter.admit("203.0.113.1", "code-" + i);
		}
		StatusLookupLimitedException refused = refusal(limiter, "203.0.113.1", "code-3");

		assertThat(refused.limitName()).isEqualTo("client");
		assertThat(refused.retryAfterSeconds()).isEqualTo(10);
		advance(Duration.ofSeconds(9));
		assertThat(refusal(limiter, "203.0.113.1", "code-3").retryAfterSeconds()).as("rounded up").isEqualTo(1);
		advance(Duration.ofSeconds(1));
		assertThatNoException().isThrownBy(() -> limiter.admit("203.0.113.1", "code-3"));
	}

	@Test
	void countsEachClientApart() {
		StatusLookupLimiter limiter = limiter(new Limit(1, 1, Duration.ofMinutes(1)), generous());

		limiter.admit("203.0.113.1", "code-1");

		assertThatNoException().isThrownBy(() -> limiter.admit("203.0.113.2", "code-2"));
		assertThat(refusal(limiter, "203.0.113.1", "code-3").limitName()).isEqualTo("client");
	}

	@Test
	void addsUpWrongGuessesAtOneCodeFromEveryClient() {
		StatusLookupLimiter limiter = limiter(generous(), new Limit(2, 1, Duration.ofMinutes(3)));

		limiter.admit("203.0.113.1", CODE);
		limiter.admit("203.0.113.2", CODE);
		StatusLookupLimitedException refused = refusal(limiter, "203.0.113.3", CODE);

		assertThat(refused.limitName()).isEqualTo("dossier-code");
		assertThat(refused.retryAfterSeconds()).isEqualTo(180);
		assertThatNoException().as("another code").isThrownBy(() -> limiter.admit("203.0.113.3", "other"));
	}

	@Test
	void aLookupThatFindsItsDossierCostsTheCodeNothing() {
		StatusLookupLimiter limiter = limiter(generous(), new Limit(2, 1, Duration.ofMinutes(3)));

		for (int i = 0; i < 10; i++) {
			limiter.admit("203.0.113.1", CODE).found();
		}
		limiter.admit("203.0.113.1", CODE);
		limiter.admit("203.0.113.1", CODE);

		assertThat(refusal(limiter, "203.0.113.1", CODE).limitName()).isEqualTo("dossier-code");
	}

	@Test
	void aClientOverItsLimitTakesNothingFromTheCode() {
		StatusLookupLimiter limiter = limiter(new Limit(1, 1, Duration.ofMinutes(1)),
				new Limit(1, 1, Duration.ofMinutes(1)));
		limiter.admit("203.0.113.1", "other");

		assertThat(refusal(limiter, "203.0.113.1", CODE).limitName()).isEqualTo("client");

		assertThatNoException().isThrownBy(() -> limiter.admit("203.0.113.2", CODE));
	}

	@Test
	void aRequestCountedAgainstItsClientAloneLeavesEveryCodeAlone() {
		StatusLookupLimiter limiter = limiter(new Limit(2, 1, Duration.ofMinutes(1)),
				new Limit(1, 1, Duration.ofMinutes(1)));

		limiter.admitClient("203.0.113.1");

		assertThat(limiter.trackedCodes()).isZero();
		limiter.admitClient("203.0.113.1");
		assertThat(catchThrowableOfType(StatusLookupLimitedException.class, () -> limiter.admitClient("203.0.113.1"))
			.limitName()).isEqualTo("client");
	}

	@Test
	void admitsEverythingWhenSwitchedOff() {
		StatusLookupLimiter limiter = new StatusLookupLimiter(new StatusLookupLimits(false,
				new Limit(1, 1, Duration.ofHours(1)), new Limit(1, 1, Duration.ofHours(1)), 10, 10, null),
				this.nanos::get, Runnable::run);

		for (int i = 0; i < 100; i++) {
			limiter.admit("203.0.113.1", CODE);
			limiter.admitClient("203.0.113.1");
		}

		assertThat(limiter.trackedClients()).isZero();
		assertThat(limiter.trackedCodes()).isZero();
	}

	@Test
	void holdsNoMoreBucketsThanConfiguredWhateverTheFlood() {
		StatusLookupLimiter limiter = new StatusLookupLimiter(
				new StatusLookupLimits(true, generous(), generous(), 100, 200, null), this.nanos::get, Runnable::run);

		for (int i = 0; i < 20_000; i++) {
			limiter.admit("client-" + (i % 5_000), "made-up-" + i);
		}

		assertThat(limiter.trackedClients()).isLessThanOrEqualTo(100);
		assertThat(limiter.trackedCodes()).isLessThanOrEqualTo(200);
	}

	@Test
	void forgetsABucketOnlyOnceItWouldBeFullAgain() {
		Limit client = new Limit(4, 1, Duration.ofSeconds(10));
		StatusLookupLimiter limiter = limiter(client, generous());
		for (int i = 0; i < 4; i++) {
			limiter.admit("203.0.113.1", "code-" + i);
		}

		advance(Duration.ofSeconds(39));
		assertThat(limiter.trackedClients()).as("still refilling").isEqualTo(1);

		advance(client.timeToFill().minusSeconds(39));
		assertThat(limiter.trackedClients()).as("full again, as a new bucket is").isZero();
		for (int i = 0; i < 4; i++) {
			limiter.admit("203.0.113.1", "code-" + i);
		}
		assertThat(refusal(limiter, "203.0.113.1", "code-9").limitName()).isEqualTo("client");
	}

	private StatusLookupLimiter limiter(Limit perClient, Limit wrongGuessesPerCode) {
		return new StatusLookupLimiter(
				new StatusLookupLimits(true, perClient, wrongGuessesPerCode, 1_000, 1_000, List.of()), this.nanos::get,
				Runnable::run);
	}

	private static Limit generous() {
		return new Limit(1_000_000, 1_000_000, Duration.ofSeconds(1));
	}

	private static StatusLookupLimitedException refusal(StatusLookupLimiter limiter, String client, String code) {
		StatusLookupLimitedException refused = catchThrowableOfType(StatusLookupLimitedException.class,
				() -> limiter.admit(client, code));
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

	private void advance(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

}
