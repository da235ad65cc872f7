package vn.dossierledger.query.statistics;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.projection.statistics.StatisticsChanges;

/**
 * Feeds the live dashboards: once a second, if the statistics changed, every open
 * indicators subscription gets its indicators recomputed. That throttles each
 * subscription to one update a second however many events arrive, and computes each
 * distinct query once.
 */
@Component
class LiveIndicators {

	private static final Logger logger = LoggerFactory.getLogger(LiveIndicators.class);

	static final long PERIOD_MILLIS = 1000;

	private final StatisticsChanges changes;

	private final StatisticsQueryHandlers handlers;

	private final QueryUpdateEmitter emitter;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "live-indicators");
		thread.setDaemon(true);
		return thread;
	});

	private long publishedVersion = -1;

	LiveIndicators(StatisticsChanges changes, StatisticsQueryHandlers handlers, QueryUpdateEmitter emitter) {
		this.changes = changes;
		this.handlers = handlers;
		this.emitter = emitter;
	}

	@PostConstruct
	void start() {
		this.ticker.scheduleWithFixedDelay(this::publishIfChanged, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		this.ticker.shutdownNow();
	}

	void publishIfChanged() {
		try {
			long version = this.changes.version();
			if (version == this.publishedVersion) {
				return;
			}
			this.publishedVersion = version;
			Set<FindIndicatorsQuery> queries = new LinkedHashSet<>();
			for (SubscriptionQueryMessage<?, ?, ?> subscription : this.emitter.activeSubscriptions()) {
				if (subscription.getPayload() instanceof FindIndicatorsQuery query) {
					queries.add(query);
				}
			}
			for (FindIndicatorsQuery query : queries) {
				this.emitter.emit(FindIndicatorsQuery.class, query::equals, this.handlers.handle(query));
			}
		}
		catch (RuntimeException ex) {
			// keep ticking: one failed recomputation must not end the dashboards
			logger.warn("Could not publish live indicators", ex);
		}
	}

}
