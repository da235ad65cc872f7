package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoordinatorExecutorTest {

	private static final int EVENTS = 3_000;

	private final CoordinatorExecutor executor = new CoordinatorExecutor("test", Duration.ofMillis(5));

	private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(1);

	private final List<ScheduledExecutorService> otherExecutors = new CopyOnWriteArrayList<>();

	/**
	 * The executors stop the processor's threads; its graceful shutdown is not what is
	 * tested here (and waits on work packages the recording run leaves behind).
	 */
	@AfterEach
	void stop() {
		this.executor.shutdownNow();
		this.workers.shutdownNow();
		this.otherExecutors.forEach(ScheduledExecutorService::shutdownNow);
	}

	@Test
	void waitsTheBackOffInsteadOfAxonsFullBufferWait() {
		ScheduledFuture<?> afterFullBuffer = this.executor.schedule(() -> {
		}, 100, TimeUnit.MILLISECONDS);

		assertThat(afterFullBuffer.getDelay(TimeUnit.MICROSECONDS)).isLessThanOrEqualTo(5_000);
	}

	@Test
	void keepsEveryOtherDelay() {
		assertThat(this.executor.schedule(() -> {
		}, 500, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(400);
		assertThat(this.executor.schedule(() -> {
		}, 5, TimeUnit.SECONDS).getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(4_000);
		assertThat(this.executor.schedule(() -> {
		}, 99, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(50);
	}

	/**
	 * What the executor relies on: Axon's coordinator asks for exactly this wait once a
	 * work package's buffer is full. Fails when an Axon upgrade changes it.
	 */
	@Test
	void axonsCoordinatorWaitsOneHundredMillisecondsWhenAWorkPackageIsFull() {
		CountDownLatch bufferFull = new CountDownLatch(1);
		RecordingExecutor recording = new RecordingExecutor(bufferFull);
		this.otherExecutors.add(recording);
		AtomicInteger handled = new AtomicInteger();
		// The worker holds its first event until the coordinator has filled the buffer.
		processorOf(recording, new SlowUntilReleased(bufferFull, handled)).start();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(handled).hasValue(EVENTS));
		assertThat(recording.delays).contains(CoordinatorExecutor.AXON_FULL_BUFFER_WAIT.toMillis());
	}

	@Test
	void runsAProcessorsCoordinatorThroughFullBuffers() {
		AtomicInteger handled = new AtomicInteger();
		processorOf(this.executor, new SlowUntilReleased(new CountDownLatch(0), handled)).start();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(handled).hasValue(EVENTS));
	}

	private PooledStreamingEventProcessor processorOf(ScheduledExecutorService coordinator, Object handler) {
		EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
		List<EventMessage<?>> events = IntStream.range(0, EVENTS)
			.<EventMessage<?>>mapToObj((index) -> GenericEventMessage.asEventMessage("event " + index))
			.toList();
		store.publish(events);
		return PooledStreamingEventProcessor.builder()
			.name("test")
			.eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
			.messageSource(store)
			.tokenStore(new InMemoryTokenStore())
			.transactionManager(NoTransactionManager.INSTANCE)
			.coordinatorExecutor(coordinator)
			.workerExecutor(this.workers)
			.initialSegmentCount(1)
			.batchSize(100)
			.build();
	}

	/**
	 * Records the delays the coordinator asks for; opens the latch at the full-buffer
	 * one.
	 */
	private static final class RecordingExecutor extends ScheduledThreadPoolExecutor {

		private final List<Long> delays = new CopyOnWriteArrayList<>();

		private final CountDownLatch bufferFull;

		RecordingExecutor(CountDownLatch bufferFull) {
			super(1);
			this.bufferFull = bufferFull;
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
			this.delays.add(unit.toMillis(delay));
			if (unit.toMillis(delay) == CoordinatorExecutor.AXON_FULL_BUFFER_WAIT.toMillis()) {
				this.bufferFull.countDown();
			}
			return super.schedule(command, delay, unit);
		}

	}

	private static final class SlowUntilReleased {

		private final CountDownLatch release;

		private final AtomicInteger handled;

		SlowUntilReleased(CountDownLatch release, AtomicInteger handled) {
			this.release = release;
			this.handled = handled;
		}

		@EventHandler
		void on(String event) throws InterruptedException {
			this.release.await(5, TimeUnit.SECONDS);
			this.handled.incrementAndGet();
		}

	}

}
