package vn.dossierledger.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One token per person, fetched once and again only shortly before it expires.
 */
class BearerTokensTest {

	private final List<String> issued = new ArrayList<>();

	private Instant now = Instant.parse("2026-12-07T00:00:00Z");

	private final BearerTokens tokens = new BearerTokens((personId) -> {
		this.issued.add(personId);
		return new BearerTokens.Token(personId + "-" + this.issued.size(), this.now.plus(Duration.ofHours(8)));
	}, new Clock() {

		@Override
		public Instant instant() {
			return BearerTokensTest.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void fetchesEachPersonsTokenOnceAndSendsItAsBearer() {
		assertThat(this.tokens.authorization("hn-phk-tn-01")).isEqualTo("Bearer hn-phk-tn-01-1");
		assertThat(this.tokens.tokenFor("hn-phk-tn-01")).isEqualTo("hn-phk-tn-01-1");
		assertThat(this.tokens.tokenFor("cd-000000000001")).isEqualTo("cd-000000000001-2");

		assertThat(this.issued).containsExactly("hn-phk-tn-01", "cd-000000000001");
	}

	@Test
	void fetchesANewTokenShortlyBeforeTheOldOneExpires() {
		this.tokens.tokenFor("hn-phk-tn-01");

		this.now = this.now.plus(Duration.ofHours(8)).minus(BearerTokens.REFRESH_BEFORE_EXPIRY).minusSeconds(1);
		assertThat(this.tokens.tokenFor("hn-phk-tn-01")).as("still good").isEqualTo("hn-phk-tn-01-1");

		this.now = this.now.plusSeconds(1);
		assertThat(this.tokens.tokenFor("hn-phk-tn-01")).isEqualTo("hn-phk-tn-01-2");
		assertThat(this.issued).hasSize(2);
	}

}
