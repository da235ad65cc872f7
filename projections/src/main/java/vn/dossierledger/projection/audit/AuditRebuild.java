package vn.dossierledger.projection.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dossierledger.projection.search.ConditionalOnSearchConfigured;

/**
 * Ends a rebuild of the audit index: once the replay has caught up with the events that
 * existed when it started, the read alias moves to the rebuilt index
 * ({@link AuditIndex#completeRebuild()}). Until then searches read the complete old
 * index.
 * <p>
 * Why polling: Axon 4 tells a handler whether an event is a replay, but not when the
 * replay is over (the last replayed event still counts as a replay, and there may be no
 * event after it). So the end is a position: every segment of the processor at or past
 * the event store's head as of the reset. A rebuild interrupted by a restart is found
 * again on start-up (the read and write aliases differ) and finished the same way.
 */
@ConditionalOnSearchConfigured
@Component
class AuditRebuild implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(AuditRebuild.class);

	private static final long NOT_PENDING = Long.MIN_VALUE;

	private static final long UNKNOWN = Long.MAX_VALUE;

	private final AuditIndex index;

	private final ObjectProvider<EventProcessingConfiguration> processing;

	private final ObjectProvider<EventStore> eventStore;

	private final ObjectProvider<TokenStore> tokenStore;

	private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "audit-rebuild-watcher");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * The global index the replay must reach; {@link #UNKNOWN} until the aliases were
	 * read, {@link #NOT_PENDING} when no rebuild is under way.
	 */
	private volatile long replayTarget = UNKNOWN;

	private final AtomicBoolean watching = new AtomicBoolean();

	AuditRebuild(AuditIndex index, ObjectProvider<EventProcessingConfiguration> processing,
			ObjectProvider<EventStore> eventStore, ObjectProvider<TokenStore> tokenStore) {
		this.index = index;
		this.processing = processing;
		this.eventStore = eventStore;
		this.tokenStore = tokenStore;
	}

	/** Watches only once the context is up: the check uses the Axon and client beans. */
	@EventListener(ContextRefreshedEvent.class)
	void startWatching() {
		if (this.watching.compareAndSet(false, true)) {
			this.watcher.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
		}
	}

	@EventListener
	void on(AuditRebuildStarted started) {
		this.replayTarget = headPosition();
	}

	void check() {
		try {
			if (this.replayTarget == UNKNOWN) {
				this.replayTarget = this.index.rebuildPending() ? headPosition() : NOT_PENDING;
			}
			if (this.replayTarget != NOT_PENDING && replayCaughtUp(this.replayTarget)) {
				this.index.completeRebuild();
				this.replayTarget = NOT_PENDING;
			}
		}
		catch (RuntimeException ex) {
			// Elasticsearch down or the application starting or stopping: next time.
			logger.debug("Audit rebuild check failed: {}", ex.getMessage());
		}
	}

	private boolean replayCaughtUp(long target) {
		Optional<StreamingEventProcessor> processor = Optional.ofNullable(this.processing.getIfAvailable())
			.flatMap((configuration) -> configuration.eventProcessor(AuditHistoryProjection.PROCESSING_GROUP,
					StreamingEventProcessor.class));
		if (processor.isEmpty() || !processor.get().isRunning()) {
			return false;
		}
		Map<Integer, EventTrackerStatus> segments = processor.get().processingStatus();
		int allSegments = this.tokenStore.getObject().fetchSegments(AuditHistoryProjection.PROCESSING_GROUP).length;
		return segments.size() == allSegments && segments.values()
			.stream()
			.allMatch((segment) -> !segment.isErrorState()
					&& (segment.isCaughtUp() || segment.getCurrentPosition().orElse(-1) >= target));
	}

	private long headPosition() {
		TrackingToken head = this.eventStore.getObject().createHeadToken();
		return (head == null) ? -1 : head.position().orElse(-1);
	}

	@Override
	public void destroy() {
		this.watcher.shutdownNow();
	}

}
