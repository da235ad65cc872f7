package vn.dossierledger.projection;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read model's pooled streaming processor that narrows a failed batch to the event that
 * broke it. Axon dead-letters an event whose handler throws, but a write that fails only
 * when the batch's transaction flushes or commits (a value too long for its column, a
 * document Elasticsearch refuses) fails the whole batch outside any handler: the
 * processor would retry that batch forever. Here, when a batch fails in a way one event
 * may have caused ({@link EventFailures}), its events are processed again one at a time,
 * each in its own unit of work and transaction that also stores its token; an event that
 * fails alone is processed once more with its handler invocation failing with the cause
 * ({@link QuarantiningHandlerEnhancer}), so the group's dead-letter queue takes it and
 * its dossier's later events, and the next events go on. A failure no event causes (the
 * database or Elasticsearch unreachable) propagates as before: Axon releases the segment
 * and retries with a growing back-off. Batches that succeed are untouched, so a replay
 * keeps its batch size.
 * <p>
 * Axon's back-off doubles up to a minute, so a read model whose store was down for a
 * minute would wait up to another minute after the store is back. A failed segment is
 * therefore claimed again after at most the {@code retryInterval}, through Axon's own
 * {@link #claimSegment(int)}, which lifts the back-off.
 * <p>
 * Failures and successes are remembered per segment ({@link SegmentFailures}) for the
 * admin view.
 */
public class NarrowingEventProcessor extends PooledStreamingEventProcessor {

	private static final Logger logger = LoggerFactory.getLogger(NarrowingEventProcessor.class);

	private final TokenStore tokenStore;

	private final TransactionManager transactionManager;

	private final long tokenClaimIntervalMillis;

	private final SegmentFailures failures = new SegmentFailures();

	private final ScheduledExecutorService retries;

	private final Duration retryInterval;

	/** One pending claim per segment: every failure scheduling its own would pile up. */
	private final Map<Integer, ScheduledFuture<?>> pendingClaims = new ConcurrentHashMap<>();

	private volatile long startedAtMillis;

	protected NarrowingEventProcessor(Builder builder) {
		super(builder);
		this.tokenStore = builder.tokenStore;
		this.transactionManager = builder.transactionManager;
		this.tokenClaimIntervalMillis = builder.tokenClaimIntervalMillis;
		this.retries = builder.retries;
		this.retryInterval = builder.retryInterval;
	}

	public static Builder narrowingBuilder() {
		return new Builder();
	}

	@Override
	public void start() {
		this.startedAtMillis = System.currentTimeMillis();
		super.start();
	}

	/** What is failing now, per segment: the admin view reports it as the error. */
	public SegmentFailures failures() {
		return this.failures;
	}

	/**
	 * Whether it has run long enough to have claimed every segment it may claim: until
	 * then, unclaimed segments are no sign of trouble.
	 */
	public boolean runningLongerThanAClaimInterval() {
		return isRunning() && System.currentTimeMillis() - this.startedAtMillis > 2 * this.tokenClaimIntervalMillis;
	}

	@Override
	protected void processInUnitOfWork(List<? extends EventMessage<?>> events,
			UnitOfWork<? extends EventMessage<?>> batch, Collection<Segment> processingSegments) throws Exception {
		Segment segment = processingSegments.iterator().next();
		try {
			try {
				super.processInUnitOfWork(events, batch, processingSegments);
			}
			catch (Exception failure) {
				if (!EventFailures.mayBeCausedByAnEvent(failure)) {
					throw failure;
				}
				logger.warn("{}: a batch of {} events failed ({}); processing them one at a time", getName(),
						events.size(), EventFailures.describe(failure));
				processOneAtATime(events, batch, processingSegments, segment);
			}
		}
		catch (Exception failure) {
			this.failures.failed(segment.getSegmentId(), failure);
			claimAgainAfterRetryInterval(segment.getSegmentId());
			throw failure;
		}
		this.failures.succeeded(segment.getSegmentId());
	}

	/**
	 * Claims the segment again once the retry interval has passed, unless Axon's own
	 * back-off, shorter at first, has already done so.
	 */
	private void claimAgainAfterRetryInterval(int segmentId) {
		if (this.retries == null) {
			return;
		}
		this.pendingClaims.compute(segmentId, (segment, pending) -> {
			if (pending != null && !pending.isDone()) {
				return pending;
			}
			return this.retries.schedule(() -> {
				if (isRunning() && !processingStatus().containsKey(segmentId)) {
					logger.debug("{}: claiming segment {} again to retry its failed batch", getName(), segmentId);
					claimSegment(segmentId);
				}
			}, this.retryInterval.toMillis(), TimeUnit.MILLISECONDS);
		});
	}

	private void processOneAtATime(List<? extends EventMessage<?>> events, UnitOfWork<? extends EventMessage<?>> batch,
			Collection<Segment> processingSegments, Segment segment) throws Exception {
		for (EventMessage<?> event : events) {
			Exception failure = processAlone(event, null, batch, processingSegments, segment);
			if (failure == null) {
				continue;
			}
			if (!EventFailures.mayBeCausedByAnEvent(failure)) {
				throw failure;
			}
			EventNotStorableException cause = new EventNotStorableException(getName(), event.getIdentifier(), failure);
			Exception deadLetteringFailure = processAlone(event, cause, batch, processingSegments, segment);
			if (deadLetteringFailure != null) {
				deadLetteringFailure.addSuppressed(failure);
				throw deadLetteringFailure;
			}
			logger.warn("{}: event {} ({}) cannot be stored and went to the dead-letter queue: {}", getName(),
					event.getIdentifier(), event.getPayloadType().getSimpleName(), cause.getMessage());
		}
	}

	/**
	 * Processes one event in a unit of work and transaction of its own that also stores
	 * its token; with a {@code cause}, its handlers fail with it instead of running.
	 * @return the failure, or {@code null} once committed
	 */
	private Exception processAlone(EventMessage<?> event, EventNotStorableException cause,
			UnitOfWork<? extends EventMessage<?>> batch, Collection<Segment> processingSegments, Segment segment) {
		BatchingUnitOfWork<EventMessage<?>> alone = new BatchingUnitOfWork<>(List.of(event));
		alone.attachTransaction(this.transactionManager);
		// Axon's own resources (segment, token) only: the read models' batch resources
		// belong to the batch that was rolled back.
		String axonPrefix = "Processor[" + getName() + "]";
		for (Map.Entry<String, Object> resource : batch.resources().entrySet()) {
			if (resource.getKey().startsWith(axonPrefix)) {
				alone.resources().put(resource.getKey(), resource.getValue());
			}
		}
		if (cause != null) {
			alone.resources().put(QuarantiningHandlerEnhancer.RESOURCE, cause);
		}
		if (event instanceof TrackedEventMessage<?> tracked) {
			alone.onPrepareCommit((unitOfWork) -> this.tokenStore.storeToken(tracked.trackingToken(), getName(),
					segment.getSegmentId()));
		}
		try {
			super.processInUnitOfWork(List.of(event), alone, processingSegments);
			return null;
		}
		catch (Exception failure) {
			return failure;
		}
	}

	/** Builds a {@link NarrowingEventProcessor}; configured like Axon's pooled one. */
	public static class Builder extends PooledStreamingEventProcessor.Builder {

		private TokenStore tokenStore;

		private TransactionManager transactionManager;

		private long tokenClaimIntervalMillis = 5000;

		private ScheduledExecutorService retries;

		private Duration retryInterval;

		protected Builder() {
		}

		/**
		 * Claims a segment whose batch failed again after at most {@code interval}, on
		 * {@code scheduler}; without it, Axon's back-off alone (up to a minute) applies.
		 */
		public Builder retryFailedSegmentsWithin(Duration interval, ScheduledExecutorService scheduler) {
			this.retryInterval = interval;
			this.retries = scheduler;
			return this;
		}

		@Override
		public Builder tokenStore(TokenStore tokenStore) {
			super.tokenStore(tokenStore);
			this.tokenStore = tokenStore;
			return this;
		}

		@Override
		public Builder transactionManager(TransactionManager transactionManager) {
			super.transactionManager(transactionManager);
			this.transactionManager = transactionManager;
			return this;
		}

		@Override
		public Builder tokenClaimInterval(long tokenClaimInterval) {
			super.tokenClaimInterval(tokenClaimInterval);
			this.tokenClaimIntervalMillis = tokenClaimInterval;
			return this;
		}

		@Override
		public NarrowingEventProcessor build() {
			return new NarrowingEventProcessor(this);
		}

	}

}
