package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CanonicalEventEncodingTest {

	private final CanonicalEventEncoding encoding = new CanonicalEventEncoding();

	@Test
	void encodesASortedKeyEnvelopeWithoutWhitespaceAroundThePayloadSortedAtEveryDepth() {
		byte[] payload = "{ \"b\": [ {\"z\": 1, \"a\": \"Nguyễn\"} ], \"a\": 1.50 }".getBytes(StandardCharsets.UTF_8);

		byte[] canonical = this.encoding.encode("d-1", 3, "x.Event", "1", Instant.parse("2025-03-01T02:00:00.120Z"),
				payload);

		assertThat(new String(canonical, StandardCharsets.UTF_8))
			.isEqualTo("{\"aggregateId\":\"d-1\",\"payload\":{\"a\":1.50,\"b\":[{\"a\":\"Nguyễn\",\"z\":1}]},"
					+ "\"recordedAt\":\"2025-03-01T02:00:00.120Z\",\"revision\":\"1\",\"sequence\":3,\"type\":\"x.Event\"}");
	}

	@Test
	void chainValueIsTheSha256OfThePreviousHexFollowedByTheCanonicalBytes() {
		// sha256("0"*64 + "{}") computed independently with sha256sum
		assertThat(this.encoding.chainValue(CanonicalEventEncoding.GENESIS, "{}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("5508d2b710e64bc470079e1b211d9c58e21011e59d0559e422345dc19d659a75");
	}

	@Test
	void readsTheChainValuesFromStoredMetadata() {
		byte[] metadata = "{\"traceId\":\"t\",\"chain.prev\":\"p\",\"chain.hash\":\"h\"}"
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.encoding.chainLinkOf(metadata)).isEqualTo(new CanonicalEventEncoding.ChainLink("p", "h"));
		assertThat(this.encoding.chainLinkOf(null).isPresent()).isFalse();
	}

}
