package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.SatisfactionRatedEvent;

class BatchRowsTest {

	private final Map<String, String> table = new HashMap<>(Map.of("a", "row a", "b", "row b"));

	private final List<String> singleQueries = new ArrayList<>();

	private final List<Set<String>> batchQueries = new ArrayList<>();

	private final BatchRows<String> rows = new BatchRows<>("test", this::findOne, this::findAll,
			(row) -> row.substring(4));

	@Test
	void loadsTheRowsOfEveryDossierInTheBatchWithOneQuery() throws Exception {
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(event("a"), event("b"), event("c"),
				event("a"));
		List<Optional<String>> found = new ArrayList<>();
		// Axon runs the handling once per message of the batch; the first one asks.
		batch.executeWithResult(() -> {
			if (!batch.isFirstMessage()) {
				return null;
			}
			found.add(this.rows.find("a"));
			found.add(this.rows.find("c"));
			this.rows.created("row c");
			found.add(this.rows.find("c"));
			found.add(this.rows.find("b"));
			return null;
		});

		assertThat(found).containsExactly(Optional.of("row a"), Optional.empty(), Optional.of("row c"),
				Optional.of("row b"));
		assertThat(this.batchQueries).containsExactly(Set.of("a", "b", "c"));
		assertThat(this.singleQueries).isEmpty();
	}

	@Test
	void passesOverAnEventOfTheBatchThatNoLongerDeserialisesSoItsNeighboursAreServed() throws Exception {
		EventMessage<?> unreadable = mock(EventMessage.class);
		given(unreadable.getPayload()).willThrow(new SerializationException("Cannot deserialize"));
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(event("a"), unreadable, event("b"));

		List<Optional<String>> found = new ArrayList<>();
		batch.executeWithResult(() -> batch.isFirstMessage() && found.add(this.rows.find("a")));

		assertThat(found).containsExactly(Optional.of("row a"));
		assertThat(this.batchQueries).containsExactly(Set.of("a", "b"));
	}

	@Test
	void asksTheStoreDirectlyOutsideABatch() {
		assertThat(this.rows.find("a")).contains("row a");
		assertThat(this.rows.find("z")).isEmpty();

		assertThat(this.singleQueries).containsExactly("a", "z");
		assertThat(this.batchQueries).isEmpty();
	}

	@Test
	void asksTheStoreForADossierOutsideTheBatch() throws Exception {
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(event("a"), event("b"));
		batch.executeWithResult(() -> this.rows.find("z"));

		assertThat(this.singleQueries).as("once, then from the batch's memory").containsExactly("z");
	}

	@Test
	void answersFromTheBatchOnlyWhenAskedForWhatItHolds() throws Exception {
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(event("a"), event("c"));
		List<Optional<String>> found = new ArrayList<>();
		batch.executeWithResult(() -> {
			if (batch.isFirstMessage()) {
				found.add(this.rows.cached("a"));
				found.add(this.rows.cached("c"));
				found.add(this.rows.cached("z"));
			}
			return null;
		});

		assertThat(found).containsExactly(Optional.of("row a"), Optional.empty(), Optional.empty());
		assertThat(this.batchQueries).containsExactly(Set.of("a", "c"));
		assertThat(this.singleQueries).as("never one by one").isEmpty();
		assertThat(this.rows.cached("a")).as("outside a batch").isEmpty();
	}

	private Optional<String> findOne(String id) {
		this.singleQueries.add(id);
		return Optional.ofNullable(this.table.get(id));
	}

	private List<String> findAll(Set<String> ids) {
		this.batchQueries.add(Set.copyOf(ids));
		return ids.stream().map(this.table::get).filter((row) -> row != null).toList();
	}

	private static EventMessage<?> event(String dossierId) {
		return GenericEventMessage.asEventMessage(
				new SatisfactionRatedEvent(dossierId, 5, null, null, Instant.parse("2026-03-02T03:00:00Z")));
	}

}
