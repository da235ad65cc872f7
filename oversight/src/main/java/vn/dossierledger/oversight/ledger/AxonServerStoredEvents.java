package vn.dossierledger.oversight.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;

import vn.dossierledger.oversight.ledger.SealStore.Leaf;

/**
 * The events as an Axon Server stores them, read through its own event API (the
 * connector's {@link EventChannel}), not through Axon's event store: the payload bytes,
 * type, revision, timestamp and metadata as the server keeps them, never upcast. The
 * server has no table to scan in aggregate order, so verification streams the global
 * event stream once for the aggregate identifiers, then reads each aggregate's stream;
 * the seals' check reads the leaves in chunks and each chunk's aggregates once.
 */
final class AxonServerStoredEvents implements StoredEvents {

	/** Events the server may send ahead of the reader. */
	private static final int STREAM_BUFFER = 1_000;

	/** Leaves whose events are looked up together. */
	private static final int LEAF_CHUNK = 5_000;

	/** How long to wait for the server's next event before calling the read failed. */
	private static final long READ_TIMEOUT_SECONDS = 60;

	private static final JsonFactory JSON = new JsonFactory();

	private final Supplier<EventChannel> events;

	private final String description;

	private final SealStore seals;

	private final CanonicalEventEncoding encoding;

	/**
	 * @param events the event channel of the context the application stores its events
	 * in, asked anew for each read so that a reconnected channel is used
	 * @param description the server and context, for the report
	 */
	AxonServerStoredEvents(Supplier<EventChannel> events, String description, SealStore seals,
			CanonicalEventEncoding encoding) {
		this.events = events;
		this.description = description;
		this.seals = seals;
		this.encoding = encoding;
	}

	@Override
	public String description() {
		return this.description;
	}

	@Override
	public void readDossiers(Consumer<List<List<StoredEvent>>> batches) {
		DossierBatches dossiers = new DossierBatches(batches);
		for (String aggregateId : aggregateIds()) {
			dossiers.add(eventsOf(aggregateId).stream().map(IdentifiedEvent::stored).toList());
		}
		dossiers.flush();
	}

	/**
	 * Every aggregate identifier in the store, in the order of first appearance. Events
	 * of no aggregate (published, not applied) belong to no chain and are left out.
	 */
	private Set<String> aggregateIds() {
		EventChannel channel = this.events.get();
		long lastToken = await(channel.getLastToken());
		Set<String> aggregateIds = new LinkedHashSet<>();
		if (lastToken < 0) {
			return aggregateIds;
		}
		try (EventStream stream = channel.openStream(0, STREAM_BUFFER)) {
			long token = -1;
			while (token < lastToken) {
				EventWithToken next = stream.nextIfAvailable(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
				if (next == null) {
					throw new IllegalStateException("Axon Server sent no event after token " + token + " of "
							+ lastToken + stream.getError().map((error) -> ": " + error).orElse(""));
				}
				token = next.getToken();
				String aggregateId = next.getEvent().getAggregateIdentifier();
				if (!aggregateId.isEmpty()) {
					aggregateIds.add(aggregateId);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading Axon Server's event stream", ex);
		}
		return aggregateIds;
	}

	@Override
	public List<IdentifiedEvent> eventsOf(String dossierId) {
		AggregateEventStream stream = this.events.get().openAggregateStream(dossierId, false);
		List<IdentifiedEvent> events = new ArrayList<>();
		try {
			while (stream.hasNext()) {
				Event event = stream.next();
				events.add(new IdentifiedEvent(event.getMessageIdentifier(), storedEventOf(event)));
			}
		}
		catch (InterruptedException ex) {
			stream.cancel();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the events of " + dossierId, ex);
		}
		return events;
	}

	@Override
	public void readSealedLeaves(Consumer<LeafWithStoredEvent> leaves) {
		long from = 0;
		List<Leaf> chunk = this.seals.leaves(from, LEAF_CHUNK);
		while (!chunk.isEmpty()) {
			Map<String, String> chainValueOfEvent = chainValuesOfEventsOf(chunk);
			for (Leaf leaf : chunk) {
				boolean stored = chainValueOfEvent.containsKey(leaf.eventId());
				leaves.accept(new LeafWithStoredEvent(leaf.index(), leaf.aggregateId(), leaf.sequence(),
						leaf.chainValue(), stored, chainValueOfEvent.get(leaf.eventId())));
			}
			from = chunk.get(chunk.size() - 1).index() + 1;
			chunk = this.seals.leaves(from, LEAF_CHUNK);
		}
	}

	/** The chain value of every stored event of the leaves' aggregates, by identifier. */
	private Map<String, String> chainValuesOfEventsOf(List<Leaf> leaves) {
		Map<String, String> chainValues = new HashMap<>();
		leaves.stream().map(Leaf::aggregateId).distinct().forEach((aggregateId) -> {
			for (IdentifiedEvent event : eventsOf(aggregateId)) {
				chainValues.put(event.eventId(), this.encoding.chainLinkOf(event.stored().metadata()).hash());
			}
		});
		return chainValues;
	}

	/**
	 * The event in the form the chain covers: Axon Server keeps "no revision" as an empty
	 * one, while the chain was computed over the serializer's {@code null}; its metadata
	 * map is written as the JSON object the JPA store would hold.
	 */
	static StoredEvent storedEventOf(Event event) {
		String revision = event.getPayload().getRevision();
		return new StoredEvent(event.getAggregateIdentifier(), event.getAggregateSequenceNumber(),
				event.getPayload().getType(), revision.isEmpty() ? null : revision,
				Instant.ofEpochMilli(event.getTimestamp()).toString(), event.getPayload().getData().toByteArray(),
				metadataJson(event.getMetaDataMap()));
	}

	static byte[] metadataJson(Map<String, MetaDataValue> metadata) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		try (JsonGenerator generator = JSON.createGenerator(out)) {
			generator.writeStartObject();
			for (Map.Entry<String, MetaDataValue> entry : metadata.entrySet()) {
				generator.writeFieldName(entry.getKey());
				writeValue(entry.getValue(), generator);
			}
			generator.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write metadata", ex);
		}
		return out.toByteArray();
	}

	private static void writeValue(MetaDataValue value, JsonGenerator generator) throws IOException {
		switch (value.getDataCase()) {
			case TEXT_VALUE -> generator.writeString(value.getTextValue());
			case NUMBER_VALUE -> generator.writeNumber(value.getNumberValue());
			case BOOLEAN_VALUE -> generator.writeBoolean(value.getBooleanValue());
			case DOUBLE_VALUE -> generator.writeNumber(value.getDoubleValue());
			case BYTES_VALUE -> generator.writeBinary(value.getBytesValue().getData().toByteArray());
			default -> generator.writeNull();
		}
	}

	private static long await(CompletableFuture<Long> answer) {
		try {
			return answer.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking Axon Server for its last token", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Axon Server did not tell its last token", ex);
		}
	}

}
