package vn.dossierledger.projection.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lookup secret matches only its own digest, in any case of hex; anything missing or
 * malformed on either side never matches.
 */
class LookupSecretDigestTest {

	/** SHA-256 of {@code abc} (FIPS 180-2, appendix B.1). */
	private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@Test
	void matchesTheSameDigestInEitherCase() {
		assertThat(LookupSecretDigest.matches(ABC, ABC)).isTrue();
		assertThat(LookupSecretDigest.matches(ABC, ABC.toUpperCase(Locale.ROOT))).isTrue();
	}

	@ParameterizedTest(name = "stored {0}, given {1}")
	@CsvSource(nullValues = "null",
			value = {
					"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad, "
							+ "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ac",
					"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad, null",
					"null, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "null, null",
					"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad, ba7816bf",
					"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad, "
							+ "xa7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
					"not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-, "
							+ "not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-" })
	void neverMatchesAnotherMissingOrMalformedDigest(String stored, String given) {
		assertThat(LookupSecretDigest.matches(stored, given)).isFalse();
	}

	@Test
	void theDecoyIsADigestThatOnlyItselfMatches() {
		assertThat(LookupSecretDigest.DECOY).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(LookupSecretDigest.matches(LookupSecretDigest.DECOY, ABC)).isFalse();
	}

}
