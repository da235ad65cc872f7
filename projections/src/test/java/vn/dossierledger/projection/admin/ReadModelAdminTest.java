package vn.dossierledger.projection.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.projection.MirrorStatus;
import vn.dossierledger.projection.NarrowingEventProcessor;
import vn.dossierledger.projection.SegmentFailures;
import vn.dossierledger.projection.admin.ReadModelAdmin.ResetClaim;

class ReadModelAdminTest {

	private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);

	private final EventStore eventStore = mock(EventStore.class);

	private final StreamingEventProcessor status = mock(StreamingEventProcessor.class);

	private final StaticListableBeanFactory mirrors = new StaticListableBeanFactory();

	private final ReadModelAdmin admin = new ReadModelAdmin(this.processing, this.eventStore,
			NoTransactionManager.INSTANCE, this.mirrors.getBeanProvider(MirrorStatus.class));

	ReadModelAdminTest() {
		Map<String, EventProcessor> processors = Map.of("dossier-status", this.status, "unique-claims",
				mock(SubscribingEventProcessor.class));
		given(this.processing.eventProcessors()).willReturn(processors);
		given(this.processing.eventProcessor("dossier-status", StreamingEventProcessor.class))
			.willReturn(Optional.of(this.status));
		given(this.processing.eventProcessor("unique-claims", StreamingEventProcessor.class))
			.willReturn(Optional.empty());
	}

	@Test
	void listsOnlyStreamingProcessorsSoTheSubscribingUniqueClaimsAreNeverTouched() {
		assertThat(this.admin.processingGroups()).containsExactly("dossier-status");
		assertThatThrownBy(() -> this.admin.requireResettable("unique-claims"))
			.isInstanceOf(UnknownReadModelException.class);
	}

	@Test
	void resetStopsTakesTheStepClearsDeadLettersResetsAndStartsInThatOrder() {
		@SuppressWarnings("unchecked")
		SequencedDeadLetterQueue<EventMessage<?>> queue = mock(SequencedDeadLetterQueue.class);
		given(this.processing.deadLetterQueue("dossier-status")).willReturn(Optional.of(queue));
		given(queue.size()).willReturn(3L);
		given(this.status.supportsReset()).willReturn(true);
		given(this.eventStore.createHeadToken()).willReturn(new GlobalSequenceTrackingToken(41));
		ResetClaim claim = mock(ResetClaim.class);
		given(claim.take(41L)).willReturn(true);

		OptionalLong cleared = this.admin.reset("dossier-status", claim);

		assertThat(cleared).hasValue(3);
		InOrder order = inOrder(this.status, claim, queue);
		order.verify(this.status).shutDown();
		order.verify(claim).take(41L);
		order.verify(queue).clear();
		order.verify(this.status).resetTokens();
		order.verify(this.status).start();
	}

	@Test
	void resetsNothingWhenTheStepIsNoLongerTheCallersToTakeAndStillRestartsTheProcessor() {
		given(this.status.supportsReset()).willReturn(true);

		OptionalLong cleared = this.admin.reset("dossier-status", (replayTarget) -> false);

		assertThat(cleared).isEmpty();
		verify(this.status, never()).resetTokens();
		verify(this.status).start();
	}

	@Test
	void restartsTheProcessorWhenTheResetFails() {
		given(this.status.supportsReset()).willReturn(true);
		willThrow(new IllegalStateException("segments claimed by another process")).given(this.status).resetTokens();

		assertThatThrownBy(() -> this.admin.reset("dossier-status", (replayTarget) -> true))
			.hasMessageContaining("claimed by another process");
		verify(this.status).start();
	}

	@Test
	void refusesToResetAProcessorThatCannotBeResetWithoutStoppingIt() {
		given(this.status.supportsReset()).willReturn(false);

		assertThatThrownBy(() -> this.admin.reset("dossier-status", (replayTarget) -> true))
			.isInstanceOf(ResetNotSupportedException.class);
		assertThatThrownBy(() -> this.admin.requireResettable("dossier-status"))
			.isInstanceOf(ResetNotSupportedException.class);
		verify(this.status, never()).shutDown();
	}

	@Test
	void aSegmentStillBehindItsResetPositionIsReplayingAndNotCaughtUp() {
		given(this.eventStore.createHeadToken()).willReturn(new GlobalSequenceTrackingToken(120));
		EventTrackerStatus replaying = replayingSegmentAt(100, 120);
		given(this.status.processingStatus()).willReturn(Map.of(0, replaying));
		given(this.status.isRunning()).willReturn(true);

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.replaying()).isTrue();
		assertThat(position.caughtUp()).isFalse();
	}

	/**
	 * Axon keeps the replay flag up after the last replayed event until a newer event
	 * arrives; the group was reported caught up and replaying at once.
	 */
	@Test
	void aSegmentThatHandledEveryEventOfItsResetIsNoLongerReplayingAndIsCaughtUpAtTheHead() {
		given(this.eventStore.createHeadToken()).willReturn(new GlobalSequenceTrackingToken(120));
		EventTrackerStatus replayed = replayingSegmentAt(120, 120);
		given(this.status.processingStatus()).willReturn(Map.of(0, replayed));
		given(this.status.isRunning()).willReturn(true);

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.replaying()).isFalse();
		assertThat(position.caughtUp()).isTrue();
	}

	@Test
	void aMirrorThatCannotBeWrittenPutsItsReadModelInErrorThoughItsProcessorIsAtTheHead() {
		given(this.eventStore.createHeadToken()).willReturn(new GlobalSequenceTrackingToken(120));
		EventTrackerStatus atHead = segmentAt(OptionalLong.of(120));
		given(this.status.processingStatus()).willReturn(Map.of(0, atHead));
		given(this.status.isRunning()).willReturn(true);
		this.mirrors.addBean("searchMirror", mirror("dossier-status", "search index down"));
		this.mirrors.addBean("otherMirror", mirror("red-flags", "not this group's"));

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.lag()).isZero();
		assertThat(position.error()).isTrue();
		assertThat(position.errors()).containsExactly("search index down");
		assertThat(position.caughtUp()).isFalse();
	}

	@Test
	void aReplayIsOverOnlyWhenThisProcessRunsEverySegmentPastTheTargetAndOutOfTheReplay() {
		given(this.status.isRunning()).willReturn(true);
		TokenStore tokens = mock(TokenStore.class);
		given(this.processing.tokenStore("dossier-status")).willReturn(tokens);
		given(tokens.fetchSegments("dossier-status")).willReturn(new int[] { 0, 1 });
		EventTrackerStatus done = replayingSegmentAt(120, 120);
		EventTrackerStatus behind = replayingSegmentAt(90, 120);

		given(this.status.processingStatus()).willReturn(Map.of(0, done));
		assertThat(this.admin.replayOver("dossier-status", 120L)).as("one segment of two claimed").isFalse();
		given(this.status.processingStatus()).willReturn(Map.of(0, done, 1, behind));
		assertThat(this.admin.replayOver("dossier-status", 120L)).as("one segment still replaying").isFalse();
		given(this.status.processingStatus()).willReturn(Map.of(0, done, 1, done));
		assertThat(this.admin.replayOver("dossier-status", 120L)).isTrue();
		assertThat(this.admin.replayOver("dossier-status", 121L)).as("not yet at the target").isFalse();
	}

	@Test
	void lagIsTheHeadMinusTheSlowestSegment() {
		given(this.eventStore.createHeadToken()).willReturn(new GlobalSequenceTrackingToken(120));
		EventTrackerStatus ahead = segmentAt(OptionalLong.of(118));
		EventTrackerStatus behind = segmentAt(OptionalLong.of(100));
		given(this.status.processingStatus()).willReturn(Map.of(0, ahead, 1, behind));
		given(this.status.isRunning()).willReturn(true);

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.position()).isEqualTo(100);
		assertThat(position.head()).isEqualTo(120);
		assertThat(position.lag()).isEqualTo(20);
		assertThat(position.claimedSegments()).isEqualTo(2);
		assertThat(position.caughtUp()).isFalse();
	}

	@Test
	void aSegmentThatHasReadNothingCountsFromTheStart() {
		given(this.eventStore.createHeadToken()).willReturn(new GlobalSequenceTrackingToken(7));
		EventTrackerStatus fresh = segmentAt(OptionalLong.empty());
		given(this.status.processingStatus()).willReturn(Map.of(0, fresh));

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.position()).isNull();
		assertThat(position.lag()).isEqualTo(7);
	}

	@Test
	void reportsABatchTheProcessorKeepsRetryingAsAnErrorWithItsCause() {
		NarrowingEventProcessor processor = narrowingProcessor();
		SegmentFailures failures = new SegmentFailures();
		failures.failed(1, new IllegalStateException("wrapped",
				new java.net.ConnectException("Connection refused: localhost/127.0.0.1:9200")));
		failures.failed(1, new IllegalStateException("wrapped",
				new java.net.ConnectException("Connection refused: localhost/127.0.0.1:9200")));
		given(processor.failures()).willReturn(failures);
		EventTrackerStatus segment = segmentAt(OptionalLong.of(5));
		given(processor.processingStatus()).willReturn(Map.of(0, segment));

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.error()).isTrue();
		assertThat(position.caughtUp()).isFalse();
		assertThat(position.errors()).singleElement()
			.asString()
			.startsWith("segment 1 retrying a failed batch since ")
			.contains("(2 failures): java.net.ConnectException: Connection refused");
	}

	@Test
	void reportsSegmentsARunningProcessorLeavesUnclaimedAsAnError() {
		NarrowingEventProcessor processor = narrowingProcessor();
		given(processor.failures()).willReturn(new SegmentFailures());
		given(processor.isRunning()).willReturn(true);
		given(processor.runningLongerThanAClaimInterval()).willReturn(true);
		given(processor.processingStatus()).willReturn(Map.of());
		TokenStore tokens = mock(TokenStore.class);
		given(this.processing.tokenStore("dossier-status")).willReturn(tokens);
		given(tokens.fetchAvailableSegments("dossier-status"))
			.willReturn(List.of(Segment.computeSegment(0, 0, 1), Segment.computeSegment(1, 0, 1)));

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.claimedSegments()).isZero();
		assertThat(position.error()).isTrue();
		assertThat(position.errors()).singleElement().asString().startsWith("segments [0, 1] not claimed");
	}

	@Test
	void aProcessorThatHasJustStartedIsNotYetStalled() {
		NarrowingEventProcessor processor = narrowingProcessor();
		given(processor.failures()).willReturn(new SegmentFailures());
		given(processor.isRunning()).willReturn(true);
		given(processor.runningLongerThanAClaimInterval()).willReturn(false);
		given(processor.processingStatus()).willReturn(Map.of());

		assertThat(this.admin.position("dossier-status").error()).isFalse();
		verify(this.processing, never()).tokenStore("dossier-status");
	}

	@Test
	void aProcessorInErrorIsNeverReportedWithoutAnError() {
		given(this.status.isError()).willReturn(true);
		given(this.status.processingStatus()).willReturn(Map.of());

		ReadModelPosition position = this.admin.position("dossier-status");

		assertThat(position.error()).isTrue();
		assertThat(position.errors()).singleElement().asString().contains("retries with a growing back-off");
	}

	@Test
	void listsALetterWhosePayloadNoLongerDeserialisesOrWhoseTypeIsUnknownByItsStoredType() {
		DomainEventMessage<?> corrupt = mock(DomainEventMessage.class);
		given(corrupt.getIdentifier()).willReturn("corrupt-event");
		given(corrupt.getAggregateIdentifier()).willReturn("dossier-1");
		given(corrupt.getPayload()).willThrow(new SerializationException("Cannot deserialize"));
		willReturn(DossierSubmittedEvent.class).given(corrupt).getPayloadType();
		DomainEventMessage<?> unknown = mock(DomainEventMessage.class);
		given(unknown.getIdentifier()).willReturn("unknown-event");
		given(unknown.getAggregateIdentifier()).willReturn("dossier-2");
		willReturn(
				new UnknownSerializedType(mock(Serializer.class),
						new SimpleSerializedObject<>(new byte[0], byte[].class,
								"vn.dossierledger.events.dossier.DossierTeleportedEvent", "1")))
			.given(unknown)
			.getPayload();
		willReturn(UnknownSerializedType.class).given(unknown).getPayloadType();
		@SuppressWarnings("unchecked")
		SequencedDeadLetterQueue<EventMessage<?>> queue = mock(SequencedDeadLetterQueue.class);
		given(this.processing.deadLetterQueue("dossier-status")).willReturn(Optional.of(queue));
		willReturn(List.of(List.of(letter(corrupt)), List.of(letter(unknown)))).given(queue).deadLetters();

		List<DeadLetterSequence> sequences = this.admin.deadLetters("dossier-status");

		assertThat(sequences).flatExtracting(DeadLetterSequence::letters)
			.extracting(DeadLetterView::eventType, DeadLetterView::aggregateIdentifier, DeadLetterView::causeType)
			.containsExactly(tuple("DossierSubmittedEvent", "dossier-1", SerializationException.class.getName()),
					tuple("DossierTeleportedEvent", "dossier-2", SerializationException.class.getName()));
	}

	private static DeadLetter<EventMessage<?>> letter(EventMessage<?> event) {
		return new GenericDeadLetter<>(((DomainEventMessage<?>) event).getAggregateIdentifier(), event,
				new SerializationException("Cannot read this event"));
	}

	private NarrowingEventProcessor narrowingProcessor() {
		NarrowingEventProcessor processor = mock(NarrowingEventProcessor.class);
		given(this.processing.eventProcessor("dossier-status", StreamingEventProcessor.class))
			.willReturn(Optional.of(processor));
		return processor;
	}

	private static MirrorStatus mirror(String processingGroup, String failure) {
		return new MirrorStatus() {
			@Override
			public String processingGroup() {
				return processingGroup;
			}

			@Override
			public Optional<String> failure() {
				return Optional.of(failure);
			}
		};
	}

	private static EventTrackerStatus replayingSegmentAt(long position, long resetPosition) {
		EventTrackerStatus segment = segmentAt(OptionalLong.of(position));
		given(segment.isReplaying()).willReturn(true);
		given(segment.getResetPosition()).willReturn(OptionalLong.of(resetPosition));
		return segment;
	}

	private static EventTrackerStatus segmentAt(OptionalLong position) {
		EventTrackerStatus segment = mock(EventTrackerStatus.class);
		given(segment.getCurrentPosition()).willReturn(position);
		return segment;
	}

}
