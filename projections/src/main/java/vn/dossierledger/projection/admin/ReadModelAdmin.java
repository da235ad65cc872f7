package vn.dossierledger.projection.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.UnknownSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.projection.EventFailures;
import vn.dossierledger.projection.MirrorStatus;
import vn.dossierledger.projection.NarrowingEventProcessor;

/**
 * Operations on the read models, straight on Axon's processors and dead-letter queues.
 * Every streaming processor counts as a read model, whatever its storage; a subscribing
 * processor (the command side's {@code unique-claims}) is invisible here, so it can never
 * be reset by mistake.
 */
@Component
public class ReadModelAdmin {

	private static final Logger logger = LoggerFactory.getLogger(ReadModelAdmin.class);

	private final EventProcessingConfiguration processing;

	private final EventStore eventStore;

	private final TransactionManager transactions;

	private final ObjectProvider<MirrorStatus> mirrors;

	ReadModelAdmin(EventProcessingConfiguration processing, EventStore eventStore, TransactionManager transactions,
			ObjectProvider<MirrorStatus> mirrors) {
		this.processing = processing;
		this.eventStore = eventStore;
		this.transactions = transactions;
		this.mirrors = mirrors;
	}

	/** The streaming processing groups, by name. */
	public List<String> processingGroups() {
		return this.processing.eventProcessors()
			.entrySet()
			.stream()
			.filter((processor) -> processor.getValue() instanceof StreamingEventProcessor)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	public List<ReadModelPosition> positions() {
		Long head = head();
		return processingGroups().stream().map((group) -> position(group, streaming(group), head)).toList();
	}

	public ReadModelPosition position(String processingGroup) {
		return position(processingGroup, streaming(processingGroup), head());
	}

	/**
	 * The groups a rebuild of every read model covers: those whose processor can be
	 * reset.
	 */
	public List<String> resettableGroups() {
		return processingGroups().stream().filter((group) -> streaming(group).supportsReset()).toList();
	}

	/**
	 * @throws UnknownReadModelException when no streaming processor has that name
	 * @throws ResetNotSupportedException when its processor refuses a reset
	 */
	void requireResettable(String processingGroup) {
		if (!streaming(processingGroup).supportsReset()) {
			throw new ResetNotSupportedException(processingGroup);
		}
	}

	/**
	 * Stops the processor; then, in one transaction, takes the step ({@code claim}),
	 * drops its dead letters (the replay meets their events again) and resets its tokens,
	 * which calls the group's {@code @ResetHandler}; and starts it again. The model
	 * catches up in the background. A reset that fails rolls the claim back with it.
	 * @return the dead letters dropped, or empty when the claim was not this caller's to
	 * take (nothing was reset)
	 */
	synchronized OptionalLong reset(String processingGroup, ResetClaim claim) {
		StreamingEventProcessor processor = streaming(processingGroup);
		if (!processor.supportsReset()) {
			throw new ResetNotSupportedException(processingGroup);
		}
		processor.shutDown();
		try {
			return this.transactions.fetchInTransaction(() -> {
				if (!claim.take(head())) {
					return OptionalLong.empty();
				}
				long cleared = clearDeadLetters(processingGroup);
				processor.resetTokens();
				return OptionalLong.of(cleared);
			});
		}
		finally {
			// Restarted even when the reset failed: a stopped read model is worse than a
			// stale one.
			processor.start();
		}
	}

	/**
	 * Whether the replay since the last reset is over: this process runs every segment of
	 * the group, none in error, each past {@code replayTarget} and out of its replay.
	 * Judged only where all the segments run, since a process sees only the segments it
	 * has claimed.
	 */
	boolean replayOver(String processingGroup, Long replayTarget) {
		StreamingEventProcessor processor = streaming(processingGroup);
		if (!processor.isRunning()) {
			return false;
		}
		Collection<EventTrackerStatus> segments = processor.processingStatus().values();
		TokenStore tokens = this.processing.tokenStore(processingGroup);
		int allSegments = this.transactions.fetchInTransaction(() -> tokens.fetchSegments(processingGroup)).length;
		if (allSegments == 0 || segments.size() < allSegments) {
			return false;
		}
		return segments.stream()
			.allMatch((segment) -> !segment.isErrorState() && !stillReplaying(segment)
					&& (replayTarget == null || segment.getCurrentPosition().orElse(Long.MIN_VALUE) >= replayTarget));
	}

	/**
	 * Replaying while the segment has not yet handled every event that existed at its
	 * reset. Axon keeps the segment's replay flag up after the last of them until a newer
	 * event arrives, which may be never; that event and all after it are handled live.
	 */
	static boolean stillReplaying(EventTrackerStatus segment) {
		if (!segment.isReplaying()) {
			return false;
		}
		OptionalLong position = segment.getCurrentPosition();
		OptionalLong resetAt = segment.getResetPosition();
		return position.isEmpty() || resetAt.isEmpty() || position.getAsLong() < resetAt.getAsLong();
	}

	/** Takes a reset step inside the reset's transaction. */
	@FunctionalInterface
	interface ResetClaim {

		/**
		 * @param replayTarget the head of the event store now; {@code null} when empty
		 * @return whether the step is this caller's (else nothing is reset)
		 */
		boolean take(Long replayTarget);

	}

	/**
	 * The parked sequences of one group, or of every group when {@code processingGroup}
	 * is null.
	 */
	public List<DeadLetterSequence> deadLetters(String processingGroup) {
		Collection<String> groups = (processingGroup != null) ? List.of(known(processingGroup)) : processingGroups();
		List<DeadLetterSequence> sequences = new ArrayList<>();
		for (String group : groups) {
			this.processing.deadLetterQueue(group)
				.ifPresent((queue) -> sequences.addAll(this.transactions.fetchInTransaction(() -> read(group, queue))));
		}
		return sequences;
	}

	/**
	 * Retries every parked sequence once per round, in rounds until the queue is empty or
	 * a whole round succeeded nowhere. A sequence whose retry fails — also one whose
	 * writes fail as they commit, an event its store still cannot hold — stays parked and
	 * the others are still tried.
	 */
	public RetryOutcome retry(String processingGroup) {
		SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
		SequencedDeadLetterProcessor<EventMessage<?>> letters = deadLetterProcessor(processingGroup);
		int processed = 0;
		while (true) {
			int processedThisRound = 0;
			for (DeadLetterSequence sequence : this.transactions
				.fetchInTransaction(() -> read(processingGroup, queue))) {
				if (retrySequence(processingGroup, letters, sequence.sequenceIdentifier())) {
					processedThisRound++;
				}
			}
			processed += processedThisRound;
			if (processedThisRound == 0 || queue.amountOfSequences() == 0) {
				return new RetryOutcome(processingGroup, processed, queue.amountOfSequences());
			}
		}
	}

	/** Retries one parked sequence, named by its identifier (the dossier id). */
	public RetryOutcome retry(String processingGroup, String sequenceIdentifier) {
		SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
		if (!this.transactions.fetchInTransaction(() -> queue.contains(sequenceIdentifier))) {
			throw new UnknownReadModelException(processingGroup, "dead-letter sequence '" + sequenceIdentifier + "'");
		}
		boolean processed = retrySequence(processingGroup, deadLetterProcessor(processingGroup), sequenceIdentifier);
		return new RetryOutcome(processingGroup, processed ? 1 : 0, queue.amountOfSequences());
	}

	/**
	 * A failing handler leaves its letter requeued; a write failing at commit rolls the
	 * attempt back and surfaces here, and the letter stays as it was.
	 */
	private boolean retrySequence(String group, SequencedDeadLetterProcessor<EventMessage<?>> letters,
			String sequenceIdentifier) {
		try {
			return letters.process((letter) -> sequenceIdentifier.equals(sequenceIdentifier(letter)));
		}
		catch (RuntimeException failure) {
			logger.warn("{}: retrying dead-letter sequence {} failed; it stays parked: {}", group, sequenceIdentifier,
					EventFailures.describe(failure));
			return false;
		}
	}

	/** Events behind the head for a group, for the lag gauge. */
	long lag(String processingGroup) {
		Long head = head();
		Long position = slowestPosition(streaming(processingGroup).processingStatus().values());
		return (head == null) ? 0 : Math.max(0, head - ((position != null) ? position : 0));
	}

	private ReadModelPosition position(String group, StreamingEventProcessor processor, Long head) {
		Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
		Collection<EventTrackerStatus> segments = claimed.values();
		List<String> errors = new ArrayList<>(segments.stream()
			.filter(EventTrackerStatus::isErrorState)
			.map((segment) -> describe(segment.getError()))
			.toList());
		if (processor instanceof NarrowingEventProcessor narrowing) {
			narrowing.failures().current().forEach((failure) -> errors.add(failure.describe()));
			unclaimedSegments(group, narrowing, claimed.keySet()).ifPresent(errors::add);
		}
		if (processor.isError() && errors.isEmpty()) {
			errors.add("the processor failed to read events or claim segments and retries with a growing back-off "
					+ "(its log has the cause)");
		}
		this.mirrors.orderedStream()
			.filter((mirror) -> mirror.processingGroup().equals(group))
			.forEach((mirror) -> mirror.failure().ifPresent(errors::add));
		Long position = slowestPosition(segments);
		long lag = (head == null) ? 0 : Math.max(0, head - ((position != null) ? position : 0));
		boolean replaying = segments.stream().anyMatch(ReadModelAdmin::stillReplaying);
		return ReadModelPosition.of(group, processor.isRunning(), replaying, !errors.isEmpty(), errors, segments.size(),
				position, head, lag);
	}

	/**
	 * A running processor that leaves segments unclaimed which it may claim (nobody else
	 * holds them) is stalled: Axon released them after a failure and waits before it
	 * claims them again, or cannot claim them at all.
	 */
	private Optional<String> unclaimedSegments(String group, NarrowingEventProcessor processor, Set<Integer> claimed) {
		if (!processor.runningLongerThanAClaimInterval()) {
			return Optional.empty();
		}
		TokenStore tokens = this.processing.tokenStore(group);
		List<Integer> unclaimed = this.transactions.fetchInTransaction(() -> tokens.fetchAvailableSegments(group))
			.stream()
			.map(Segment::getSegmentId)
			.filter((segment) -> !claimed.contains(segment))
			.sorted()
			.toList();
		return unclaimed.isEmpty() ? Optional.empty()
				: Optional.of("segments " + unclaimed + " not claimed although nobody else holds them: released after "
						+ "a failure and waiting to be claimed again");
	}

	/** The model is only as far as its slowest segment. */
	private static Long slowestPosition(Collection<EventTrackerStatus> segments) {
		long slowest = Long.MAX_VALUE;
		for (EventTrackerStatus segment : segments) {
			OptionalLong position = segment.getCurrentPosition();
			if (position.isEmpty()) {
				return null;
			}
			slowest = Math.min(slowest, position.getAsLong());
		}
		return segments.isEmpty() ? null : slowest;
	}

	private Long head() {
		TrackingToken head = this.eventStore.createHeadToken();
		if (head == null) {
			return null;
		}
		OptionalLong position = head.position();
		return position.isPresent() ? position.getAsLong() : null;
	}

	private long clearDeadLetters(String group) {
		return this.processing.deadLetterQueue(group).map((queue) -> this.transactions.fetchInTransaction(() -> {
			long size = queue.size();
			queue.clear();
			return size;
		})).orElse(0L);
	}

	private static List<DeadLetterSequence> read(String group, SequencedDeadLetterQueue<EventMessage<?>> queue) {
		List<DeadLetterSequence> sequences = new ArrayList<>();
		for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
			List<DeadLetterView> letters = StreamSupport.stream(sequence.spliterator(), false)
				.map(ReadModelAdmin::view)
				.toList();
			if (!letters.isEmpty()) {
				sequences.add(new DeadLetterSequence(group, sequenceIdentifier(sequence.iterator().next()), letters));
			}
		}
		return sequences;
	}

	private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
		EventMessage<?> event = letter.message();
		String aggregateIdentifier = null;
		Long aggregateSequence = null;
		if (event instanceof DomainEventMessage<?> domainEvent) {
			aggregateIdentifier = domainEvent.getAggregateIdentifier();
			aggregateSequence = domainEvent.getSequenceNumber();
		}
		Object payload = payloadIfReadable(event);
		String dossierId = (payload instanceof DossierEvent dossierEvent) ? dossierEvent.dossierId() : null;
		return new DeadLetterView(event.getIdentifier(), storedTypeName(event, payload), dossierId, aggregateIdentifier,
				aggregateSequence, letter.cause().map((cause) -> cause.type()).orElse(null),
				letter.cause().map((cause) -> cause.message()).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
				new LinkedHashMap<>(letter.diagnostics()));
	}

	/**
	 * The payload, or null when it no longer deserialises: a letter parked because it
	 * cannot be read must still be listed.
	 */
	private static Object payloadIfReadable(EventMessage<?> event) {
		try {
			return event.getPayload();
		}
		catch (SerializationException unreadable) {
			return null;
		}
	}

	/**
	 * The simple name of the type as stored, also of a type this release does not know.
	 */
	private static String storedTypeName(EventMessage<?> event, Object payload) {
		String name = (payload instanceof UnknownSerializedType unknown) ? unknown.serializedType().getName()
				: event.getPayloadType().getName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/**
	 * The JPA queue knows the identifier it stored; otherwise the read models sequence
	 * per aggregate (Axon's default policy).
	 */
	private static String sequenceIdentifier(DeadLetter<? extends EventMessage<?>> letter) {
		if (letter instanceof JpaDeadLetter<?> stored) {
			return stored.getSequenceIdentifier();
		}
		return (letter.message() instanceof DomainEventMessage<?> domainEvent) ? domainEvent.getAggregateIdentifier()
				: letter.message().getIdentifier();
	}

	private static String describe(Throwable error) {
		return (error == null) ? "unknown" : error.getClass().getName() + ": " + error.getMessage();
	}

	private String known(String processingGroup) {
		streaming(processingGroup);
		return processingGroup;
	}

	private StreamingEventProcessor streaming(String processingGroup) {
		return this.processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
			.filter(StreamingEventProcessor.class::isInstance)
			.orElseThrow(() -> new UnknownReadModelException(processingGroup, "streaming read model"));
	}

	private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
		known(processingGroup);
		return this.processing.deadLetterQueue(processingGroup)
			.orElseThrow(() -> new UnknownReadModelException(processingGroup, "dead-letter queue"));
	}

	private SequencedDeadLetterProcessor<EventMessage<?>> deadLetterProcessor(String processingGroup) {
		return this.processing.sequencedDeadLetterProcessor(processingGroup)
			.orElseThrow(() -> new UnknownReadModelException(processingGroup, "dead-letter processor"));
	}

}
