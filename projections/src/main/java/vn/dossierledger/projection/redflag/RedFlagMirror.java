package vn.dossierledger.projection.redflag;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.projection.MirrorStatus;
import vn.dossierledger.projection.search.SearchIndexReadModel;

/**
 * Keeps the Elasticsearch mirror up with the JPA flags: every {@code sweep-interval} it
 * pushes the flags raised or changed since they were last mirrored. It raises nothing:
 * every flag, time-based ones included, comes from the recorded events
 * ({@link RedFlagProjection}). While pushes fail (Elasticsearch down), the admin view
 * reports it with the red flags' read model ({@link MirrorStatus}).
 */
@Component
public class RedFlagMirror implements MirrorStatus, SearchIndexReadModel {

	private static final Logger logger = LoggerFactory.getLogger(RedFlagMirror.class);

	private final RedFlagRepository flags;

	private final RedFlagIndex index;

	private final RedFlagProperties properties;

	private final TransactionTemplate transactions;

	/** The pushes failing since the last one that went through; null while none fails. */
	private volatile FailingPushes failing;

	RedFlagMirror(RedFlagRepository flags, RedFlagIndex index, RedFlagProperties properties,
			PlatformTransactionManager transactionManager) {
		this.flags = flags;
		this.index = index;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(initialDelayString = "${dossier-ledger.red-flags.sweep-interval:PT1M}",
			fixedDelayString = "${dossier-ledger.red-flags.sweep-interval:PT1M}")
	void scheduledPush() {
		pushToIndex();
	}

	/**
	 * Pushes flags not yet mirrored; on failure they stay pending for the next push. One
	 * push at a time: two pushes of one flag could land out of order and leave its older
	 * revision in the index, marked as mirrored.
	 * @return how many flags were mirrored
	 */
	public synchronized int pushToIndex() {
		if (!this.index.enabled()) {
			return 0;
		}
		int pushed = 0;
		while (true) {
			List<RedFlag> pending = this.transactions
				.execute((status) -> this.flags.findNotYetIndexed(PageRequest.of(0, this.properties.indexBatchSize())));
			if (pending == null || pending.isEmpty()) {
				this.failing = null;
				return pushed;
			}
			List<RedFlagView> views = pending.stream().map(RedFlagViews::view).toList();
			try {
				if (!this.index.push(views)) {
					failed("Elasticsearch refused some of " + views.size() + " flags (see the log)");
					return pushed;
				}
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Red flags not mirrored to Elasticsearch yet ({}); retrying at the next push",
						ex.toString());
				failed(ex.getClass().getName() + ": " + ex.getMessage());
				return pushed;
			}
			Map<String, Integer> revisions = new HashMap<>();
			pending.forEach((flag) -> revisions.put(flag.flagId(), flag.revision()));
			this.transactions.executeWithoutResult(
					(status) -> revisions.forEach((flagId, revision) -> this.flags.markIndexed(flagId, revision)));
			pushed += pending.size();
		}
	}

	@Override
	public String processingGroup() {
		return RedFlagProjection.PROCESSING_GROUP;
	}

	@Override
	public String readAlias() {
		return this.index.alias();
	}

	/**
	 * Pushes now what the next sweep would push, so that the index shows every flag the
	 * processor has raised or changed so far.
	 */
	@Override
	public Optional<String> catchUp() {
		if (!this.index.enabled()) {
			return Optional.empty();
		}
		pushToIndex();
		Long pending = this.transactions.execute((status) -> this.flags.countNotYetIndexed());
		if (pending == null || pending == 0) {
			return Optional.empty();
		}
		return Optional.of(pending + " red flags not yet pushed to the search index"
				+ failure().map((why) -> ": " + why).orElse(""));
	}

	@Override
	public Optional<String> failure() {
		FailingPushes now = this.failing;
		if (now == null) {
			return Optional.empty();
		}
		return Optional.of("the red-flag search index (Elasticsearch) is behind: pushing the flags raised or changed "
				+ "has failed " + now.attempts() + (now.attempts() == 1 ? " time" : " times")
				+ " in a row, retried every sweep: " + now.cause() + "; the flags themselves are up to date");
	}

	/** Counted in sweeps, not dated: nothing in the red flags reads a wall clock. */
	private void failed(String cause) {
		FailingPushes before = this.failing;
		this.failing = new FailingPushes((before == null) ? 1 : before.attempts() + 1, cause);
	}

	private record FailingPushes(int attempts, String cause) {

	}

}
