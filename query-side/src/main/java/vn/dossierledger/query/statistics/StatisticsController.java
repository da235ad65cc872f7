package vn.dossierledger.query.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.query.live.LiveStreams;

import vn.dossierledger.events.query.statistics.FigureDossiersView;
import vn.dossierledger.events.query.statistics.FindFigureDossiersQuery;
import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindOfficerOversightQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.IndicatorRatesView;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.events.query.statistics.OfficerOversightView;
import vn.dossierledger.events.query.statistics.RankingView;
import vn.dossierledger.web.InvalidParameterException;
import vn.dossierledger.web.PageParameters;

/**
 * The statistics API. Talks only to the query gateway. Periods are calendar days in
 * Vietnam time, both ends inclusive; without them, the current month so far.
 */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics", description = "Decision 766 indicators, scores, rankings and officer oversight")
class StatisticsController {

	static final int MAX_DOSSIERS_PER_PAGE = 200;

	private static final List<String> GROUPINGS = List.of("agency", "procedure", "unit", "officer");

	/** A dashboard connection lasts this long; the browser's EventSource reconnects. */
	private static final Duration SSE_TIMEOUT = Duration.ofMinutes(30);

	private final QueryGateway queryGateway;

	private final LiveStreams liveStreams;

	StatisticsController(QueryGateway queryGateway, LiveStreams liveStreams) {
		this.liveStreams = liveStreams;
		this.queryGateway = queryGateway;
	}

	@GetMapping("/indicators")
	@Operation(summary = "Indicators, group scores and total score of the dossiers received in a period")
	CompletableFuture<IndicatorsView> indicators(@RequestParam(required = false) String agencyId,
			@RequestParam(required = false) String unitId, @RequestParam(required = false) String procedureCode,
			@RequestParam(required = false) String officerId,
			@Parameter(description = "first day, inclusive (default: first day of this month)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, inclusive (default: today)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.queryGateway.query(indicatorsQuery(agencyId, unitId, procedureCode, officerId, from, to),
				IndicatorsView.class);
	}

	@GetMapping("/indicators/dossiers")
	@Operation(summary = "The dossiers behind one indicator: every dossier it is a share of, with whether it counts"
			+ " (codes, procedure, agency, channel, status, dates; no personal data)")
	CompletableFuture<FigureDossiersView> indicatorDossiers(
			@Parameter(description = "onTime | late | online | fullyOnline | onlinePayment | electronicResult"
					+ " | digitised | dataReuse | lowRated | meanRating | ratingCoverage"
					+ " | averageResolutionWorkingMinutes") @RequestParam String figure,
			@RequestParam(required = false) String agencyId, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) String procedureCode, @RequestParam(required = false) String officerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.queryGateway.query(figureDossiersQuery(figure,
				new FindIndicatorsQuery(agencyId, unitId, procedureCode, officerId, from, to, null), page, size),
				FigureDossiersView.class);
	}

	/**
	 * The query for the dossiers behind a figure of an indicators query, its period
	 * defaulted and every parameter checked.
	 */
	static FindFigureDossiersQuery figureDossiersQuery(String figure, FindIndicatorsQuery indicators, int page,
			int size) {
		if (figure == null || !FigureDossiersView.FIGURES.contains(figure)) {
			throw new InvalidParameterException("figure", "figure must be one of " + FigureDossiersView.FIGURES);
		}
		PageParameters.require(page, size, MAX_DOSSIERS_PER_PAGE, PageParameters.DATABASE_WINDOW);
		Period period = Period.of(indicators.from(), indicators.to());
		return new FindFigureDossiersQuery(figure, indicators.agencyId(), indicators.unitId(),
				indicators.procedureCode(), indicators.officerId(), period.from(), period.to(), null, page, size);
	}

	@GetMapping(path = "/indicators/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live dashboard: the indicators now, then again whenever they change (at most once a second)")
	SseEmitter indicatorEvents(@RequestParam(required = false) String agencyId,
			@RequestParam(required = false) String unitId, @RequestParam(required = false) String procedureCode,
			@RequestParam(required = false) String officerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		FindIndicatorsQuery query = indicatorsQuery(agencyId, unitId, procedureCode, officerId, from, to);
		SubscriptionQueryResult<IndicatorsView, IndicatorsView> subscription = this.queryGateway.subscriptionQuery(
				query, ResponseTypes.instanceOf(IndicatorsView.class), ResponseTypes.instanceOf(IndicatorsView.class));
		return this.liveStreams.stream(subscription, subscription.initialResult().concatWith(subscription.updates()),
				"indicators", SSE_TIMEOUT);
	}

	@GetMapping("/rankings")
	@Operation(summary = "Agencies, procedures, units or officers ranked by one indicator, best first")
	CompletableFuture<RankingView> rankings(
			@Parameter(description = "agency | procedure | unit | officer") @RequestParam String by,
			@Parameter(description = "onTime | late | online | fullyOnline | onlinePayment | electronicResult"
					+ " | digitised | dataReuse | satisfaction | lowRated | meanRating | ratingCoverage"
					+ " | averageResolutionWorkingMinutes") @RequestParam String indicator,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (!GROUPINGS.contains(by)) {
			throw new InvalidParameterException("by", "by must be one of " + GROUPINGS);
		}
		if (!IndicatorRatesView.INDICATORS.contains(indicator)) {
			throw new InvalidParameterException("indicator",
					"indicator must be one of " + IndicatorRatesView.INDICATORS);
		}
		Period period = Period.of(from, to);
		return this.queryGateway.query(new FindRankingQuery(by, indicator, period.from(), period.to(), null),
				RankingView.class);
	}

	@GetMapping("/officers/{officerId}")
	@Operation(summary = "An officer's oversight figures against the unit's peers (internal, not Decision 766)")
	@ApiResponse(responseCode = "200", description = "The officer's figures and the unit's median")
	@ApiResponse(responseCode = "404", description = "No such officer")
	CompletableFuture<OfficerOversightView> officer(@PathVariable String officerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period period = Period.of(from, to);
		return this.queryGateway
			.query(new FindOfficerOversightQuery(officerId, period.from(), period.to(), null),
					OfficerOversightView.class)
			.thenApply((view) -> {
				if (view == null) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No officer " + officerId);
				}
				return view;
			});
	}

	private static FindIndicatorsQuery indicatorsQuery(String agencyId, String unitId, String procedureCode,
			String officerId, LocalDate from, LocalDate to) {
		Period period = Period.of(from, to);
		return new FindIndicatorsQuery(agencyId, unitId, procedureCode, officerId, period.from(), period.to(), null);
	}

	/** A period of days, both ends inclusive, defaulting to this month so far. */
	record Period(LocalDate from, LocalDate to) {

		/**
		 * The days a period may cover: no dossier predates the twentieth century, and
		 * every store keeps a date up to year 9999.
		 */
		static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

		static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

		static Period of(LocalDate from, LocalDate to) {
			requireStorable("from", from);
			requireStorable("to", to);
			LocalDate today = ZonedDateTime.now(VietnamTime.ZONE).toLocalDate();
			LocalDate start = (from != null) ? from : ((to != null) ? to.withDayOfMonth(1) : today.withDayOfMonth(1));
			LocalDate end = (to != null) ? to : ((from != null && from.isAfter(today)) ? from : today);
			if (start.isAfter(end)) {
				throw new InvalidParameterException("from", "from must not be after to");
			}
			return new Period(start, end);
		}

		private static void requireStorable(String parameter, LocalDate day) {
			if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
				throw new InvalidParameterException(parameter,
						parameter + " must lie between " + EARLIEST + " and " + LATEST);
			}
		}

	}

}
