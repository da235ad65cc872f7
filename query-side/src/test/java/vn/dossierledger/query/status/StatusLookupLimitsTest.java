package vn.dossierledger.query.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.dossierledger.query.status.StatusLookupLimits.Limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits as configured: defaults for whatever is not set, and a refusal naming the
 * property for a limit that would admit nothing.
 */
class StatusLookupLimitsTest {

	@Test
	void defaultsToAFewLookupsASecondPerClientAndFewWrongGuessesPerCode() {
		StatusLookupLimits limits = bind(Map.of());

		assertThat(limits.enabled()).isTrue();
		assertThat(limits.perClient()).isEqualTo(new Limit(20, 5, Duration.ofSeconds(1)));
		assertThat(limits.wrongGuessesPerCode()).isEqualTo(new Limit(5, 5, Duration.ofMinutes(15)));
		assertThat(limits.trackedClients()).isEqualTo(50_000);
		assertThat(limits.trustedProxies()).isEmpty();
		assertThat(limits).isEqualTo(StatusLookupLimits.defaults());
	}

	@Test
	void keepsTheDefaultsOfWhatALimitDoesNotSet() {
		StatusLookupLimits limits = bind(Map.of("dossier-ledger.status-lookup.per-client.capacity", "100",
				"dossier-ledger.status-lookup.trusted-proxies", "10.0.0.0/8,::1"));

		assertThat(limits.perClient()).isEqualTo(new Limit(100, 5, Duration.ofSeconds(1)));
		assertThat(limits.trustedProxies()).containsExactly("10.0.0.0/8", "::1");
	}

	@Test
	void refusesALimitThatAdmitsNothingNamingIt() {
		assertThatThrownBy(() -> bind(Map.of("dossier-ledger.status-lookup.wrong-guesses-per-code.refill", "0")))
			.rootCause()
			.hasMessageContaining("dossier-ledger.status-lookup.wrong-guesses-per-code.refill must be at least 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatusLookupLimits(true, new Limit(1, 1, Duration.ZERO), null, 1, 1, null))
			.withMessageContaining("dossier-ledger.status-lookup.per-client.period must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> new StatusLookupLimits(true, null, null, 0, 1, null))
			.withMessageContaining("dossier-ledger.status-lookup.tracked-clients");
	}

	@Test
	void anEmptyBucketIsFullAgainAfterItsCapacityOverItsRate() {
		assertThat(new Limit(20, 5, Duration.ofSeconds(1)).timeToFill()).isEqualTo(Duration.ofSeconds(5));
		assertThat(new Limit(5, 5, Duration.ofMinutes(15)).timeToFill()).isEqualTo(Duration.ofSeconds(901));
	}

	private static StatusLookupLimits bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("dossier-ledger.status-lookup",
				StatusLookupLimits.class);
	}

}
