package vn.dossierledger.query.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.query.statistics.FigureDossiersView;
import vn.dossierledger.events.query.statistics.FindFigureDossiersQuery;
import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.GroupScoreView;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.events.query.statistics.RankingView;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.web.InvalidParameterException;

/**
 * The analysts' dashboard: the Decision 766 groups and total score of a period, narrowed
 * by agency and procedure, the shares that make them, the trend of the last months and
 * the agencies' ranking, from the same queries as the statistics API. The figures are
 * fetched again whenever the live subscription says they changed.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardPage {

	/** Months the trend chart shows, the filtered period's last month included. */
	static final int TREND_MONTHS = 6;

	static final int DOSSIERS_PER_PAGE = 50;

	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final QueryGateway queries;

	private final LiveStreams liveStreams;

	private final OfficerRegistry organisation;

	private final ProcedureCatalogue catalogue;

	private final JsonMapper json;

	DashboardPage(QueryGateway queries, LiveStreams liveStreams, OfficerRegistry organisation,
			ProcedureCatalogue catalogue, JsonMapper json) {
		this.queries = queries;
		this.liveStreams = liveStreams;
		this.organisation = organisation;
		this.catalogue = catalogue;
		this.json = json;
	}

	@GetMapping
	String dashboard(FilterForm form, Model model) {
		Filters filters = describe(form, model);
		model.addAttribute("agencies",
				this.organisation.agencies().stream().sorted(Comparator.comparing(Agency::name)).toList());
		model.addAttribute("procedures",
				this.catalogue.currentProcedures(LocalDate.now(VietnamTime.ZONE))
					.stream()
					.sorted(Comparator.comparing(Procedure::name))
					.toList());
		if (filters != null) {
			model.addAttribute("live", filters.link("/dashboard/live"));
			model.addAttribute("figuresLink", filters.link("/dashboard/figures"));
		}
		return "statistics/dashboard";
	}

	/** What each figure means, and how it is counted. */
	@GetMapping("/definitions")
	String definitions() {
		return "statistics/definitions";
	}

	/**
	 * The dossiers behind one figure ({@code figure}, an indicator), for the same
	 * filters: each with whether the figure counts it, a page at a time.
	 */
	@GetMapping("/dossiers")
	String dossiers(FilterForm form, @RequestParam(required = false) String figure,
			@RequestParam(required = false) String page, Model model, HttpServletResponse response) {
		model.addAttribute("figure", figure);
		FindFigureDossiersQuery query;
		Filters filters;
		try {
			filters = Filters.of(form);
			query = StatisticsController.figureDossiersQuery(figure, filters.query(filters.from(), filters.to()),
					pageNumber(page), DOSSIERS_PER_PAGE);
		}
		catch (InvalidParameterException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("filterError", refused.getBody().getDetail());
			return "statistics/dossiers";
		}
		FigureDossiersView dossiers = this.queries.query(query, FigureDossiersView.class).join();
		model.addAttribute("dossiers", dossiers);
		model.addAttribute("from", filters.from());
		model.addAttribute("to", filters.to());
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("statusLabels", Arrays.stream(DossierStatus.values())
			.collect(Collectors.toMap(DossierStatus::name, DossierStatus::vietnameseLabel)));
		model.addAttribute("dashboardLink", filters.link("/dashboard"));
		String pages = filters.link("/dashboard/dossiers") + "&figure=" + figure + "&page=";
		model.addAttribute("previousPage", (query.page() > 0) ? pages + (query.page() - 1) : null);
		model.addAttribute("nextPage",
				((long) (query.page() + 1) * DOSSIERS_PER_PAGE < dossiers.total()) ? pages + (query.page() + 1) : null);
		return "statistics/dossiers";
	}

	private static int pageNumber(String page) {
		try {
			return (page == null || page.isBlank()) ? 0 : Integer.parseInt(page.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidParameterException("page", "page is a number from 0");
		}
	}

	/** The figures alone, for a partial update after a live event. */
	@GetMapping("/figures")
	String figures(FilterForm form, Model model) {
		describe(form, model);
		return "statistics/dashboard :: figures";
	}

	/** One {@code indicators} event whenever the filtered figures change. */
	@GetMapping("/live")
	SseEmitter live(FilterForm form) {
		Filters filters = Filters.of(form);
		SubscriptionQueryResult<IndicatorsView, IndicatorsView> subscription = this.queries.subscriptionQuery(
				filters.query(filters.from(), filters.to()), ResponseTypes.instanceOf(IndicatorsView.class),
				ResponseTypes.instanceOf(IndicatorsView.class));
		return this.liveStreams.streamOpenedAtOnce(subscription,
				subscription.updates().map((view) -> view.counts().received()), "indicators", STREAM_TIMEOUT);
	}

	/**
	 * Puts the filters and their figures in the model; a filter that cannot be read is
	 * said on the page, and no figure is shown.
	 */
	private Filters describe(FilterForm form, Model model) {
		model.addAttribute("agencyId", blankAsNull(form.agencyId()));
		model.addAttribute("procedureCode", blankAsNull(form.procedureCode()));
		Filters filters;
		try {
			filters = Filters.of(form);
		}
		catch (InvalidParameterException refused) {
			model.addAttribute("filterError", refused.getBody().getDetail());
			model.addAttribute("from", form.from());
			model.addAttribute("to", form.to());
			return null;
		}
		model.addAttribute("from", filters.from());
		model.addAttribute("to", filters.to());
		IndicatorsView indicators = this.queries
			.query(filters.query(filters.from(), filters.to()), IndicatorsView.class)
			.join();
		RankingView ranking = this.queries
			.query(new FindRankingQuery("agency", "onTime", filters.from(), filters.to(), null), RankingView.class)
			.join();
		model.addAttribute("indicators", indicators);
		model.addAttribute("dossiersLink", filters.link("/dashboard/dossiers"));
		model.addAttribute("listableFigures", FigureDossiersView.FIGURES);
		model.addAttribute("ranking", ranking);
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("groupChart", this.json.writeValueAsString(groupChart(indicators.groups())));
		model.addAttribute("trendChart", this.json.writeValueAsString(trend(filters)));
		return filters;
	}

	private static Map<String, Object> groupChart(List<GroupScoreView> groups) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", groups.stream().map(GroupScoreView::code).toList());
		chart.put("score", groups.stream().map(GroupScoreView::score).toList());
		chart.put("computable", groups.stream().map(GroupScoreView::computablePoints).toList());
		return chart;
	}

	/** On-time and online shares month by month, ending with the filtered period's. */
	private Map<String, Object> trend(Filters filters) {
		List<String> months = new ArrayList<>();
		List<Double> onTime = new ArrayList<>();
		List<Double> online = new ArrayList<>();
		YearMonth last = YearMonth.from(filters.to());
		for (int back = TREND_MONTHS - 1; back >= 0; back--) {
			YearMonth month = last.minusMonths(back);
			LocalDate end = (back == 0) ? filters.to() : month.atEndOfMonth();
			IndicatorsView view = this.queries.query(filters.query(month.atDay(1), end), IndicatorsView.class).join();
			months.add(String.format("%02d/%d", month.getMonthValue(), month.getYear()));
			onTime.add(view.rates().onTime());
			online.add(view.rates().online());
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", months);
		chart.put("onTime", onTime);
		chart.put("online", online);
		return chart;
	}

	private Map<String, String> agencyNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.organisation.agencies().forEach((agency) -> names.put(agency.id(), agency.name()));
		return names;
	}

	private static String blankAsNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The filters as the page's form (or a link) sends them, unread. */
	record FilterForm(String agencyId, String procedureCode, String from, String to) {

	}

	/** What the analyst narrowed the figures to. */
	record Filters(String agencyId, String procedureCode, LocalDate from, LocalDate to) {

		static Filters of(FilterForm form) {
			StatisticsController.Period period = StatisticsController.Period.of(date("from", form.from()),
					date("to", form.to()));
			return new Filters(blankAsNull(form.agencyId()), blankAsNull(form.procedureCode()), period.from(),
					period.to());
		}

		FindIndicatorsQuery query(LocalDate start, LocalDate end) {
			return new FindIndicatorsQuery(this.agencyId, null, this.procedureCode, null, start, end, null);
		}

		String link(String path) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath(path)
				.queryParam("from", this.from)
				.queryParam("to", this.to);
			if (this.agencyId != null) {
				link.queryParam("agencyId", this.agencyId);
			}
			if (this.procedureCode != null) {
				link.queryParam("procedureCode", this.procedureCode);
			}
			return link.encode().toUriString();
		}

		private static LocalDate date(String name, String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidParameterException(name, name + " is a date like 2026-12-31");
			}
		}

	}

}
