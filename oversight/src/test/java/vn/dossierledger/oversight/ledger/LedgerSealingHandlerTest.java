package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class LedgerSealingHandlerTest {

	private final LedgerSealer sealer = mock(LedgerSealer.class);

	private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

	private final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(
			new LedgerSealingHandler(this.sealer, new CanonicalEventEncoding(), this.serializer));

	@Test
	void sealsAnEventWhosePayloadNoLongerDeserialisesAndOneOfAnUnknownType() throws Exception {
		seal(stored("corrupt", "vn.dossierledger.events.dossier.DossierSubmittedEvent", "{\"dossierId\": \"TRUNCA"));
		seal(stored("unknown", "vn.dossierledger.events.dossier.DossierTeleportedEvent", "{}"));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<SealStore.Leaf>> leaves = ArgumentCaptor.forClass(List.class);
		verify(this.sealer, times(2)).append(leaves.capture());
		assertThat(leaves.getAllValues()).flatExtracting((batch) -> batch)
			.extracting(SealStore.Leaf::eventId, SealStore.Leaf::aggregateId)
			.containsExactly(tuple("corrupt", "dossier-corrupt"), tuple("unknown", "dossier-unknown"));
	}

	private void seal(GenericDomainEventMessage<?> event) throws Exception {
		assertThat(this.handler.canHandle(event)).isTrue();
		DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
		unitOfWork.execute(() -> {
			try {
				this.handler.handle(event);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** A row of the store as the event stream reads it: deserialised only when asked. */
	private GenericDomainEventMessage<?> stored(String id, String type, String json) {
		SerializedMessage<?> message = new SerializedMessage<>(id,
				new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class, type, "1"),
				this.serializer.serialize(MetaData.from(Map.of(CanonicalEventEncoding.HASH_KEY, "f".repeat(64))),
						byte[].class),
				this.serializer);
		return new GenericDomainEventMessage<>("Dossier", "dossier-" + id, 0, message, Instant::now);
	}

}
