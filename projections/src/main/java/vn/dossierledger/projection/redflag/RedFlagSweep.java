package vn.dossierledger.projection.redflag;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dossierledger.events.query.redflag.RedFlagView;

/**
 * Makes time-based flags (F4, F6) appear while a dossier is live: every
 * {@code sweep-interval} it asks the time-based rules about each dossier whose clock
 * runs, as of the business clock's now. Does nothing while the processor replays or
 * catches up (the facts would be stale; the handlers raise the same flags as of each
 * event). Then pushes flags not yet in Elasticsearch to the mirror.
 */
@Component
public class RedFlagSweep {

	private static final Logger logger = LoggerFactory.getLogger(RedFlagSweep.class);

	private final RedFlagStore store;

	private final RedFlagProjection projection;

	private final RedFlagRepository flags;

	private final RedFlagIndex index;

	private final RedFlagProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ObjectProvider<EventProcessingConfiguration> processing;

	RedFlagSweep(RedFlagStore store, RedFlagProjection projection, RedFlagRepository flags, RedFlagIndex index,
			RedFlagProperties properties, Clock clock, PlatformTransactionManager transactionManager,
			ObjectProvider<EventProcessingConfiguration> processing) {
		this.store = store;
		this.projection = projection;
		this.flags = flags;
		this.index = index;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.processing = processing;
	}

	@Scheduled(initialDelayString = "${dossier-ledger.red-flags.sweep-interval:PT1M}",
			fixedDelayString = "${dossier-ledger.red-flags.sweep-interval:PT1M}")
	void scheduledSweep() {
		sweep(this.clock.instant());
	}

	/**
	 * Raises time-based flags as of {@code now} and pushes pending flags to the index.
	 * @return how many dossiers were looked at (0 while replaying or catching up)
	 */
	public int sweep(Instant now) {
		int looked = 0;
		if (processorIsCurrent()) {
			List<DossierFacts> live = this.transactions.execute((status) -> this.store.dossiersWithRunningClock());
			for (DossierFacts facts : live) {
				try {
					// One short transaction per dossier: a collision with the handler
					// costs one
					// dossier until the next sweep.
					this.transactions.executeWithoutResult((status) -> this.store.facts(facts.dossierId())
						.ifPresent((current) -> this.projection.sweep(current, now)));
					looked++;
				}
				catch (RuntimeException ex) {
					logger.warn("Red-flag sweep skipped dossier {}: {}", facts.dossierId(), ex.toString());
				}
			}
		}
		pushToIndex();
		return looked;
	}

	/** Pushes flags not yet mirrored; on failure they stay pending for the next sweep. */
	public int pushToIndex() {
		if (!this.index.enabled()) {
			return 0;
		}
		int pushed = 0;
		while (true) {
			List<RedFlag> pending = this.transactions
				.execute((status) -> this.flags.findNotYetIndexed(PageRequest.of(0, this.properties.indexBatchSize())));
			if (pending == null || pending.isEmpty()) {
				return pushed;
			}
			List<RedFlagView> views = pending.stream().map(RedFlagViews::view).toList();
			try {
				if (!this.index.push(views)) {
					return pushed;
				}
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Red flags not mirrored to Elasticsearch yet ({}); retrying at the next sweep",
						ex.toString());
				return pushed;
			}
			Map<String, Integer> revisions = new java.util.HashMap<>();
			pending.forEach((flag) -> revisions.put(flag.flagId(), flag.revision()));
			this.transactions.executeWithoutResult(
					(status) -> revisions.forEach((flagId, revision) -> this.flags.markIndexed(flagId, revision)));
			pushed += pending.size();
		}
	}

	private boolean processorIsCurrent() {
		EventProcessingConfiguration configuration = this.processing.getIfAvailable();
		if (configuration == null) {
			return false;
		}
		return configuration.eventProcessor(RedFlagProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
			.filter((processor) -> processor.isRunning() && !processor.isReplaying())
			.map((processor) -> processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))
			.orElse(false);
	}

}
