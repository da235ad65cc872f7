package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.StreamSupport;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMemberDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A read model whose writes fail only as its batch commits, processed by the
 * {@link NarrowingEventProcessor}: a value its "column" cannot hold parks that one event
 * (and its aggregate's later ones) in the dead-letter queue while every other event is
 * stored; a store that is down parks nothing and is reported until it is back.
 */
class NarrowingEventProcessorTest {

	private static final int COLUMN = 10;

	private final EmbeddedEventStore store = EmbeddedEventStore.builder()
		.storageEngine(new InMemoryEventStorageEngine())
		.build();

	private final SequencedDeadLetterQueue<EventMessage<?>> queue = InMemorySequencedDeadLetterQueue.defaultQueue();

	private final Table table = new Table();

	private final ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();

	private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(1);

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();

	private final NarrowingEventProcessor processor = processor();

	@AfterEach
	void stop() {
		this.coordinator.shutdownNow();
		this.workers.shutdownNow();
		this.retries.shutdownNow();
	}

	@Test
	void parksTheEventItsStoreCannotHoldAndGoesOnWithTheNext() {
		List<String> stored = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String aggregate = "dossier-" + (i % 10);
			String value = (i == 150) ? "x".repeat(200_000) : "v" + i;
			publish(aggregate, i / 10, value);
			if (!aggregate.equals("dossier-0") || i < 150) {
				stored.add(value);
			}
		}

		this.processor.start();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.table.rows()).containsExactlyInAnyOrderElementsOf(stored));
		List<DeadLetter<? extends EventMessage<?>>> letters = letters("dossier-0");
		assertThat(letters).hasSize(15);
		assertThat(letters.get(0).message().getPayload()).isEqualTo("x".repeat(200_000));
		assertThat(letters.get(0).cause().orElseThrow().type()).isEqualTo(EventNotStorableException.class.getName());
		assertThat(letters.get(0).cause().orElseThrow().message()).startsWith("test cannot store this event: ")
			.contains("value too long for column");
		assertThat(letters.subList(1, 15)).as("its aggregate's later events wait behind it")
			.allSatisfy((letter) -> assertThat(letter.cause()).isEmpty());
		assertThat(this.queue.amountOfSequences()).isOne();
		assertThat(this.processor.failures().current()).isEmpty();
		assertThat(this.table.largestCommittedBatch()).as("batches stay batched").isGreaterThan(1);
	}

	@Test
	void parksAPoisonEventThatArrivesAloneToo() {
		this.processor.start();
		publish("dossier-1", 0, "x".repeat(COLUMN + 1));
		publish("dossier-2", 0, "fine");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.table.rows()).contains("fine"));
		assertThat(letters("dossier-1")).hasSize(1);
	}

	@Test
	void parksNothingWhileTheStoreIsDownAndReportsTheFailureUntilItIsBack() {
		this.table.down = true;
		publish("dossier-1", 0, "one");
		publish("dossier-2", 0, "two");
		this.processor.start();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.processor.failures().current()).singleElement()
				.satisfies((failure) -> assertThat(failure.describe()).startsWith("segment 0 retrying a failed batch")
					.contains(CannotCreateTransactionException.class.getName())));
		assertThat(this.queue.amountOfSequences()).isZero();
		assertThat(this.table.rows()).isEmpty();

		this.table.down = false;
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.table.rows()).containsExactlyInAnyOrder("one", "two"));
		assertThat(this.processor.failures().current()).isEmpty();
		assertThat(this.queue.amountOfSequences()).isZero();
	}

	@Test
	void triesAFailedSegmentAgainWithinTheRetryIntervalOnceAxonsBackOffHasGrownLonger() {
		this.table.down = true;
		publish("dossier-1", 0, "one");
		this.processor.start();
		// Axon waits 1, 2, 4, then 8 s before it claims the segment again after each
		// failure: after the fourth, its next attempt is 8 s away, the retry 0.5 s.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.processor.failures().current().stream().anyMatch((failure) -> failure.attempts() >= 4));

		this.table.down = false;

		await("stored well before Axon's next attempt").atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.table.rows()).containsExactly("one"));
		assertThat(this.queue.amountOfSequences()).isZero();
	}

	private void publish(String aggregate, long sequence, String payload) {
		this.store.publish(new GenericDomainEventMessage<>("Dossier", aggregate, sequence, payload));
	}

	private List<DeadLetter<? extends EventMessage<?>>> letters(String sequence) {
		return StreamSupport.stream(this.queue.deadLetterSequence(sequence).spliterator(), false).toList();
	}

	private NarrowingEventProcessor processor() {
		DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
			.eventHandlers(new TableProjection(this.table))
			.parameterResolverFactory(ClasspathParameterResolverFactory.forClass(TableProjection.class))
			.handlerDefinition(MultiHandlerDefinition.ordered(new QuarantiningHandlerEnhancer(),
					new AnnotatedMessageHandlingMemberDefinition()))
			.queue(this.queue)
			.transactionManager(NoTransactionManager.INSTANCE)
			.enableSequenceIdentifierCache()
			.build();
		// Axon's builder methods answer its own builder type; build() makes ours.
		return (NarrowingEventProcessor) NarrowingEventProcessor.narrowingBuilder()
			.retryFailedSegmentsWithin(Duration.ofMillis(500), this.retries)
			.name("test")
			.eventHandlerInvoker(invoker)
			.messageSource(this.store)
			.tokenStore(new InMemoryTokenStore())
			.transactionManager(NoTransactionManager.INSTANCE)
			.coordinatorExecutor(this.coordinator)
			.workerExecutor(this.workers)
			.initialSegmentCount(1)
			.batchSize(100)
			.tokenClaimInterval(100)
			.build();
	}

	/**
	 * A "table" whose writes are flushed as the unit of work commits, and refused then
	 * when a value is longer than its column: as JPA writes a batch.
	 */
	static final class Table {

		private final List<String> rows = new CopyOnWriteArrayList<>();

		private final List<Integer> committedBatches = new CopyOnWriteArrayList<>();

		private final Map<UnitOfWork<?>, List<String>> pending = new ConcurrentHashMap<>();

		volatile boolean down;

		void write(String value) {
			UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
			this.pending.computeIfAbsent(batch, (key) -> {
				List<String> written = new ArrayList<>();
				batch.onPrepareCommit((committing) -> flush(written));
				batch.onCommit((committed) -> {
					this.rows.addAll(written);
					this.committedBatches.add(written.size());
				});
				batch.onCleanup((done) -> this.pending.remove(batch));
				return written;
			}).add(value);
		}

		private void flush(List<String> written) {
			if (this.down) {
				throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
			}
			for (String value : written) {
				if (value.length() > COLUMN) {
					throw new DataIntegrityViolationException("could not execute batch",
							new SQLException("value too long for column \"v\" (" + value.length() + ")", "22001"));
				}
			}
		}

		List<String> rows() {
			return List.copyOf(this.rows);
		}

		int largestCommittedBatch() {
			return this.committedBatches.stream().mapToInt(Integer::intValue).max().orElse(0);
		}

	}

	@ProcessingGroup("test")
	static final class TableProjection {

		private final Table table;

		TableProjection(Table table) {
			this.table = table;
		}

		@EventHandler
		void on(String value) {
			this.table.write(value);
		}

	}

}
