package vn.dossierledger.query.statistics;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.projection.statistics.StatisticsChanges;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

/**
 * The live dashboards' tick: indicators recomputed only when the statistics changed, once
 * per distinct query however many dashboards show it, and a failed tick does not end the
 * ticking.
 */
class LiveIndicatorsTest {

	private static final FindIndicatorsQuery UNIT = new FindIndicatorsQuery(null, "hn-phk-tp", null, null,
			LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null);

	private final StatisticsChanges changes = mock();

	private final StatisticsQueryHandlers handlers = mock();

	private final QueryUpdateEmitter emitter = mock();

	private final LiveIndicators live = new LiveIndicators(this.changes, this.handlers, this.emitter);

	@Test
	void recomputesEachDistinctQueryOnceWhenTheStatisticsChanged() {
		IndicatorsView indicators = mock();
		given(this.changes.version()).willReturn(1L);
		given(this.emitter.activeSubscriptions()).willReturn(Set.of(subscription(UNIT),
				subscription(new FindIndicatorsQuery(null, "hn-phk-tp", null, null, UNIT.from(), UNIT.to(), null)),
				subscription(new FindRankingQuery("unit", "onTime", UNIT.from(), UNIT.to(), null))));
		given(this.handlers.handle(UNIT)).willReturn(indicators);

		this.live.publishIfChanged();

		then(this.handlers).should(times(1)).handle(UNIT);
		then(this.emitter).should(times(1)).emit(eq(FindIndicatorsQuery.class), any(), eq(indicators));
	}

	@Test
	void recomputesNothingWhileTheStatisticsStayTheSame() {
		given(this.changes.version()).willReturn(1L);
		given(this.emitter.activeSubscriptions()).willReturn(Set.of(subscription(UNIT)));

		this.live.publishIfChanged();
		this.live.publishIfChanged();

		then(this.handlers).should(times(1)).handle(UNIT);
	}

	@Test
	void keepsTickingAfterARecomputationFailed() {
		given(this.changes.version()).willReturn(1L, 2L);
		given(this.emitter.activeSubscriptions()).willReturn(Set.of(subscription(UNIT)));
		given(this.handlers.handle(UNIT)).willThrow(new IllegalStateException("database gone"))
			.willReturn(mock(IndicatorsView.class));

		this.live.publishIfChanged();
		this.live.publishIfChanged();

		then(this.emitter).should(times(1)).emit(eq(FindIndicatorsQuery.class), any(), any(IndicatorsView.class));
	}

	@Test
	void publishesNothingWithoutDashboards() {
		given(this.changes.version()).willReturn(1L);
		given(this.emitter.activeSubscriptions()).willReturn(Set.of());

		this.live.publishIfChanged();

		then(this.handlers).should(never()).handle(any(FindIndicatorsQuery.class));
	}

	private static SubscriptionQueryMessage<?, ?, ?> subscription(Object query) {
		return new GenericSubscriptionQueryMessage<>(query, ResponseTypes.instanceOf(IndicatorsView.class),
				ResponseTypes.instanceOf(IndicatorsView.class));
	}

}
