package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import org.junit.jupiter.api.Test;

import vn.dossierledger.oversight.ledger.CanonicalEventEncoding.ChainLink;

/**
 * Axon Server's form of an event, as verification reads it: the chain computed when the
 * event was published checks out against what the server hands back.
 */
class AxonServerStoredEventsTest {

	private static final CanonicalEventEncoding ENCODING = new CanonicalEventEncoding();

	private static final Instant PUBLISHED = Instant.parse("2025-03-03T01:00:00.120Z");

	@Test
	void aChainComputedOverTheSerializersNullRevisionVerifiesAgainstTheServersEmptyOne() {
		List<StoredEvent> events = new ArrayList<>();
		String previous = CanonicalEventEncoding.GENESIS;
		for (int sequence = 0; sequence < 3; sequence++) {
			byte[] payload = ("{\"step\":" + sequence + "}").getBytes(StandardCharsets.UTF_8);
			Instant recordedAt = PUBLISHED.plusSeconds(sequence);
			String hash = ENCODING.chainValue(previous, "d", sequence, "x.StepEvent", null, recordedAt, payload);
			events.add(AxonServerStoredEvents
				.storedEventOf(event("d", sequence, "", recordedAt, payload, previous, hash)));
			previous = hash;
		}

		assertThat(events).extracting(StoredEvent::revision).containsOnlyNulls();
		assertThat(new DossierChainCheck(ENCODING).check(events)).isEmpty();
	}

	@Test
	void keepsAStoredRevisionAndTheMillisecondOfTheTimestamp() {
		byte[] payload = "{\"step\":0}".getBytes(StandardCharsets.UTF_8);
		String hash = ENCODING.chainValue(CanonicalEventEncoding.GENESIS, "d", 0, "x.StepEvent", "1", PUBLISHED,
				payload);

		StoredEvent stored = AxonServerStoredEvents
			.storedEventOf(event("d", 0, "1", PUBLISHED, payload, CanonicalEventEncoding.GENESIS, hash));

		assertThat(stored.revision()).isEqualTo("1");
		assertThat(Instant.parse(stored.recordedAt())).isEqualTo(PUBLISHED);
		assertThat(stored.payload()).isEqualTo(payload);
		assertThat(new DossierChainCheck(ENCODING).check(List.of(stored))).isEmpty();
	}

	@Test
	void writesTheMetadataMapAsTheJsonObjectTheChainValuesAreReadFrom() {
		byte[] metadata = AxonServerStoredEvents
			.metadataJson(java.util.Map.of("chain.prev", MetaDataValue.newBuilder().setTextValue("p").build(),
					"chain.hash", MetaDataValue.newBuilder().setTextValue("h").build(), "attempt",
					MetaDataValue.newBuilder().setNumberValue(2).build(), "replayed",
					MetaDataValue.newBuilder().setBooleanValue(false).build()));

		assertThat(ENCODING.chainLinkOf(metadata)).isEqualTo(new ChainLink("p", "h"));
		assertThat(new String(metadata, StandardCharsets.UTF_8)).contains("\"attempt\":2", "\"replayed\":false");
	}

	@Test
	void anEventWithoutChainValuesIsUnchained() {
		byte[] payload = "{\"step\":0}".getBytes(StandardCharsets.UTF_8);
		Event unchained = Event.newBuilder()
			.setAggregateIdentifier("d")
			.setAggregateSequenceNumber(0)
			.setTimestamp(PUBLISHED.toEpochMilli())
			.setPayload(SerializedObject.newBuilder().setType("x.StepEvent").setData(ByteString.copyFrom(payload)))
			.build();

		assertThat(new DossierChainCheck(ENCODING).check(List.of(AxonServerStoredEvents.storedEventOf(unchained))))
			.extracting(ChainMismatch::kind)
			.containsExactly(MismatchKind.UNCHAINED);
	}

	private static Event event(String aggregateId, long sequence, String revision, Instant timestamp, byte[] payload,
			String previous, String hash) {
		return Event.newBuilder()
			.setMessageIdentifier(aggregateId + "-" + sequence)
			.setAggregateIdentifier(aggregateId)
			.setAggregateSequenceNumber(sequence)
			.setAggregateType("Dossier")
			.setTimestamp(timestamp.toEpochMilli())
			.setPayload(SerializedObject.newBuilder()
				.setType("x.StepEvent")
				.setRevision(revision)
				.setData(ByteString.copyFrom(payload)))
			.putMetaData(CanonicalEventEncoding.PREVIOUS_KEY, MetaDataValue.newBuilder().setTextValue(previous).build())
			.putMetaData(CanonicalEventEncoding.HASH_KEY, MetaDataValue.newBuilder().setTextValue(hash).build())
			.build();
	}

}
