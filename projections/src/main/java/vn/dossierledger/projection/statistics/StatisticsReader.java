package vn.dossierledger.projection.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dossierledger.events.query.statistics.FigureDossierView;
import vn.dossierledger.events.query.statistics.FigureDossiersView;
import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * Reads the fact rows as additive counters per day (SQL {@code GROUP BY}), so any period
 * is the sum of its days. Dossiers count on the day they were received (DOMAIN §7.3);
 * resolution times on the day they were resolved. An open dossier's on-time verdict is
 * taken at {@code asOf} (R6), which is why it is computed here and not stored.
 */
@Component
@Transactional(readOnly = true)
public class StatisticsReader {

	/** On time (R3, R4, R6) as an SQL expression of one fact row {@code f}. */
	private static final String ON_TIME = """
			case when f.closed_at is not null then (case when f.closed_on_time then 1 else 0 end)
			     when f.processing_supplement_requests > 1 then 0
			     when f.paused_since is not null then (case when f.paused_since <= f.due_at then 1 else 0 end)
			     when f.due_at >= :asOf then 1 else 0 end""";

	private static final String ONLINE = "f.channel = 'ONLINE' and (not f.paper_result or f.electronic_result)";

	private static final String ALL = "1 = 1";

	private static final String FULLY_ONLINE_ELIGIBLE = "f.fully_online_eligible";

	private static final String FEE_BEARING = "f.fee_bearing";

	private static final String PAPER_RESULT_RESOLVED = "f.paper_result and f.resolved_at is not null";

	private static final String DIGITISED = "f.components_digitised and f.electronic_result";

	private static final String RATED = "f.rating is not null";

	private static final String LOW_RATED = "f.rating <= 2";

	/**
	 * Each listable indicator's rows: the day column of its period, the rows it is a
	 * share of, and those it counts; the counters below are sums of the same conditions.
	 */
	private static final Map<String, FigureRows> FIGURES = Map.ofEntries(
			Map.entry("onTime", FigureRows.received(ALL, "(" + ON_TIME + ") = 1")),
			Map.entry("late", FigureRows.received(ALL, "(" + ON_TIME + ") = 0")),
			Map.entry("online", FigureRows.received(ALL, ONLINE)),
			Map.entry("fullyOnline", FigureRows.received(FULLY_ONLINE_ELIGIBLE, ONLINE)),
			Map.entry("onlinePayment", FigureRows.received(FEE_BEARING, "f.paid_online")),
			Map.entry("electronicResult", FigureRows.received(PAPER_RESULT_RESOLVED, "f.electronic_result")),
			Map.entry("digitised", FigureRows.received(ALL, DIGITISED)),
			Map.entry("dataReuse", FigureRows.received(ALL, "f.data_reused")),
			Map.entry("lowRated", FigureRows.received(ALL, LOW_RATED)),
			Map.entry("meanRating", FigureRows.received(RATED, RATED)),
			Map.entry("ratingCoverage", FigureRows.received("f.delivered", RATED)),
			Map.entry("averageResolutionWorkingMinutes", new FigureRows("f.resolved_day", ALL, ALL)));

	/** Counters in the order of {@link IndicatorCountsView}'s components. */
	private static final Map<String, String> RECEIVED_COUNTERS = counters();

	private static final int RESOLVED_INDEX = 3;

	private static final int COUNTER_COUNT = 22;

	private final NamedParameterJdbcTemplate jdbc;

	private final OfficerRegistry officers;

	private final ZoneId zone;

	public StatisticsReader(NamedParameterJdbcTemplate jdbc, OfficerRegistry officers, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.zone = calendar.zone();
	}

	/** The zone whose calendar days the statistics count in. */
	public ZoneId zone() {
		return this.zone;
	}

	private static Map<String, String> counters() {
		Map<String, String> counters = new LinkedHashMap<>();
		counters.put("received", "count(*)");
		counters.put("on_time", "sum(" + ON_TIME + ")");
		counters.put("open_count", "sum(case when f.closed_at is null then 1 else 0 end)");
		// 3, 4: resolved in period and resolution minutes come from the resolved-day
		// query
		counters.put("online", count(ONLINE));
		counters.put("fully_online_eligible", count(FULLY_ONLINE_ELIGIBLE));
		counters.put("fully_online", count(FIGURES.get("fullyOnline").countedAmongOver()));
		counters.put("fee_bearing", count(FEE_BEARING));
		counters.put("paid_online", count(FIGURES.get("onlinePayment").countedAmongOver()));
		counters.put("paper_result_resolved", count(PAPER_RESULT_RESOLVED));
		counters.put("electronic_result", count(FIGURES.get("electronicResult").countedAmongOver()));
		counters.put("digitised", count(DIGITISED));
		counters.put("data_reused", count(FIGURES.get("dataReuse").countedAmongOver()));
		counters.put("delivered", count("f.delivered"));
		counters.put("rated", count(RATED));
		counters.put("rating_sum", "coalesce(sum(f.rating), 0)");
		counters.put("low_rated", count(LOW_RATED));
		counters.put("apologised", count("f.apologies > 0"));
		counters.put("supplement_requested", count("f.processing_supplement_requests > 0"));
		counters.put("withdrawn", count("f.status = 'WITHDRAWN'"));
		counters.put("stopped", count("f.status = 'STOPPED'"));
		return counters;
	}

	private static String count(String condition) {
		return "sum(case when " + condition + " then 1 else 0 end)";
	}

	/**
	 * The rows behind one indicator, a page at a time, without personal data: the dossier
	 * code comes from the status read model, nothing else from elsewhere.
	 * @param figure one of {@link FigureDossiersView#FIGURES}
	 */
	public FigureDossiersView dossiersBehind(String figure, Filter filter, LocalDate from, LocalDate to, Instant asOf,
			int page, int size) {
		FigureRows rows = FIGURES.get(figure);
		if (rows == null) {
			throw new IllegalArgumentException("No listable indicator " + figure);
		}
		MapSqlParameterSource parameters = period(from, to, asOf).addValue("size", size)
			.addValue("offset", (long) page * size);
		String rowsWhere = " from stat_dossier_fact f where " + rows.dayColumn() + " between :from and :to and ("
				+ rows.over() + ")" + where(filter, parameters);
		long[] totals = this.jdbc.queryForObject("select count(*), " + count(rows.counted()) + rowsWhere, parameters,
				(row, index) -> new long[] { row.getLong(1), row.getLong(2) });
		String list = "select f.dossier_id, s.dossier_code, f.procedure_code, f.agency_id, f.channel, f.status,"
				+ " f.received_at, f.due_at, f.resolved_at, f.closed_at, f.rating, case when " + rows.counted()
				+ " then 1 else 0 end as counted"
				+ rowsWhere.replace(" f where ", " f left join dossier_status s on s.dossier_id = f.dossier_id where ")
				+ " order by f.received_at, f.dossier_id limit :size offset :offset";
		List<FigureDossierView> dossiers = this.jdbc.query(list, parameters,
				(row, index) -> new FigureDossierView(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4), row.getString(5), row.getString(6), instant(row, 7), instant(row, 8),
						instant(row, 9), instant(row, 10), row.getObject(11, Integer.class), row.getInt(12) == 1));
		return new FigureDossiersView(figure, totals[0], totals[1], page, size, dossiers);
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * The day column of an indicator's period, the rows it is a share of, those it
	 * counts.
	 */
	private record FigureRows(String dayColumn, String over, String counted) {

		static FigureRows received(String over, String counted) {
			return new FigureRows("f.received_day", over, counted);
		}

		/** The counted rows as a counter sums them: among the rows it is a share of. */
		String countedAmongOver() {
			return ALL.equals(this.over) ? this.counted : this.over + " and (" + this.counted + ")";
		}

	}

	/** Which dossiers: all filters optional. */
	public record Filter(String agencyId, String unitId, String procedureCode, String officerId) {

		public static final Filter NONE = new Filter(null, null, null, null);

	}

	/** What a ranking groups by. */
	public enum Grouping {

		AGENCY("f.agency_id", ""), PROCEDURE("f.procedure_code", ""),
		OFFICER("o.officer_id", " join stat_dossier_officer o on o.dossier_id = f.dossier_id"),
		UNIT("o.unit_id", " join (select distinct dossier_id, unit_id from stat_dossier_officer) o"
				+ " on o.dossier_id = f.dossier_id"),
		NONE("'*'", "");

		private final String key;

		private final String join;

		Grouping(String key, String join) {
			this.key = key;
			this.join = join;
		}

		private String groupBy(String dayColumn) {
			return (this == NONE) ? dayColumn : this.key + ", " + dayColumn;
		}

	}

	/** The counters of one day. */
	public record DailyCounts(LocalDate day, IndicatorCountsView counts) {
	}

	/** The counters of every day of {@code [from, to]} that has any, in day order. */
	public List<DailyCounts> daily(Filter filter, LocalDate from, LocalDate to, Instant asOf) {
		Map<LocalDate, long[]> days = new TreeMap<>();
		collect(Grouping.NONE, filter, from, to, asOf, (key, day, values) -> add(days, day, values));
		return days.entrySet()
			.stream()
			.map((entry) -> new DailyCounts(entry.getKey(), view(entry.getValue())))
			.toList();
	}

	/** The counters of the whole period: the sum of its days. */
	public IndicatorCountsView total(Filter filter, LocalDate from, LocalDate to, Instant asOf) {
		return sum(daily(filter, from, to, asOf).stream().map(DailyCounts::counts).toList());
	}

	/** The counters of the period per agency, procedure, unit or officer. */
	public Map<String, IndicatorCountsView> grouped(Grouping grouping, LocalDate from, LocalDate to, Instant asOf) {
		Map<String, long[]> groups = new TreeMap<>();
		collect(grouping, Filter.NONE, from, to, asOf, (key, day, values) -> add(groups, key, values));
		Map<String, IndicatorCountsView> views = new LinkedHashMap<>();
		groups.forEach((key, values) -> views.put(key, view(values)));
		return views;
	}

	/** Adds counters up, e.g. the days of a month. */
	public static IndicatorCountsView sum(List<IndicatorCountsView> parts) {
		long[] total = new long[COUNTER_COUNT];
		for (IndicatorCountsView part : parts) {
			long[] values = values(part);
			for (int i = 0; i < COUNTER_COUNT; i++) {
				total[i] += values[i];
			}
		}
		return view(total);
	}

	/**
	 * Per-officer counters of one unit, over the dossiers each first acted on in the
	 * period.
	 */
	public record OfficerCounts(String officerId, long handled, long supplemented, long intakeDecisions,
			long intakeRefusals, long withdrawn, long received, long late, long apologised) {
	}

	/** One finished step hold. */
	public record HeldTime(String officerId, String stepCode, long workingMinutes) {
	}

	/**
	 * The officer's unit: the registry's, else the one recorded with the officer's acts.
	 */
	public Optional<String> unitOf(String officerId) {
		Optional<String> registered = this.officers.officer(officerId).map(Officer::unitId);
		if (registered.isPresent()) {
			return registered;
		}
		return this.jdbc
			.queryForList("select distinct unit_id from stat_dossier_officer where officer_id = :officerId",
					Map.of("officerId", officerId), String.class)
			.stream()
			.findFirst();
	}

	public List<OfficerCounts> officerCounts(String unitId, LocalDate from, LocalDate to, Instant asOf) {
		String sql = """
				select o.officer_id,
				       count(*) as handled,
				       sum(case when o.supplement_requests > 0 then 1 else 0 end) as supplemented,
				       sum(o.intake_decisions) as intake_decisions,
				       sum(o.intake_refusals) as intake_refusals,
				       sum(case when f.status = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
				       sum(case when f.received_at is not null then 1 else 0 end) as received,
				       sum(case when f.received_at is not null then 1 - (%s) else 0 end) as late,
				       sum(case when o.apologies > 0 then 1 else 0 end) as apologised
				from stat_dossier_officer o join stat_dossier_fact f on f.dossier_id = o.dossier_id
				where o.unit_id = :unitId and o.first_acted_day between :from and :to
				group by o.officer_id
				order by o.officer_id""".formatted(ON_TIME);
		MapSqlParameterSource parameters = period(from, to, asOf).addValue("unitId", unitId);
		return this.jdbc.query(sql, parameters,
				(row, i) -> new OfficerCounts(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
						row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9)));
	}

	public List<HeldTime> heldTimes(String unitId, LocalDate from, LocalDate to) {
		String sql = """
				select h.officer_id, h.step_code, h.held_working_minutes from stat_step_hold h
				where h.unit_id = :unitId and h.handed_on_day between :from and :to
				  and h.held_working_minutes is not null""";
		return this.jdbc.query(sql,
				new MapSqlParameterSource("unitId", unitId).addValue("from", from).addValue("to", to),
				(row, i) -> new HeldTime(row.getString(1), row.getString(2), row.getLong(3)));
	}

	@FunctionalInterface
	private interface RowSink {

		void accept(String key, LocalDate day, long[] values);

	}

	private void collect(Grouping grouping, Filter filter, LocalDate from, LocalDate to, Instant asOf, RowSink sink) {
		MapSqlParameterSource parameters = period(from, to, asOf);
		String where = where(filter, parameters);
		StringBuilder received = new StringBuilder("select ").append(grouping.key)
			.append(" as group_key, f.received_day as period_day");
		RECEIVED_COUNTERS
			.forEach((name, expression) -> received.append(", ").append(expression).append(" as ").append(name));
		received.append(" from stat_dossier_fact f")
			.append(grouping.join)
			.append(" where f.received_day between :from and :to")
			.append(where)
			.append(" group by ")
			.append(grouping.groupBy("f.received_day"));
		this.jdbc.query(received.toString(), parameters, (ResultSet row) -> {
			long[] values = new long[COUNTER_COUNT];
			int column = 3;
			for (int i = 0; i < COUNTER_COUNT; i++) {
				if (i == RESOLVED_INDEX || i == RESOLVED_INDEX + 1) {
					continue;
				}
				values[i] = row.getLong(column++);
			}
			sink.accept(row.getString(1), day(row), values);
		});
		String resolved = "select " + grouping.key + " as group_key, f.resolved_day as period_day, count(*),"
				+ " coalesce(sum(f.resolution_working_minutes), 0) from stat_dossier_fact f" + grouping.join
				+ " where f.resolved_day between :from and :to" + where + " group by "
				+ grouping.groupBy("f.resolved_day");
		this.jdbc.query(resolved, parameters, (ResultSet row) -> {
			long[] values = new long[COUNTER_COUNT];
			values[RESOLVED_INDEX] = row.getLong(3);
			values[RESOLVED_INDEX + 1] = row.getLong(4);
			sink.accept(row.getString(1), day(row), values);
		});
	}

	private static String where(Filter filter, MapSqlParameterSource parameters) {
		StringBuilder where = new StringBuilder();
		if (filter.agencyId() != null) {
			where.append(" and f.agency_id = :agencyId");
			parameters.addValue("agencyId", filter.agencyId());
		}
		if (filter.procedureCode() != null) {
			where.append(" and f.procedure_code = :procedureCode");
			parameters.addValue("procedureCode", filter.procedureCode());
		}
		if (filter.unitId() != null) {
			where.append(" and exists (select 1 from stat_dossier_officer u"
					+ " where u.dossier_id = f.dossier_id and u.unit_id = :unitId)");
			parameters.addValue("unitId", filter.unitId());
		}
		if (filter.officerId() != null) {
			where.append(" and exists (select 1 from stat_dossier_officer p"
					+ " where p.dossier_id = f.dossier_id and p.officer_id = :officerId)");
			parameters.addValue("officerId", filter.officerId());
		}
		return where.toString();
	}

	private static MapSqlParameterSource period(LocalDate from, LocalDate to, Instant asOf) {
		return new MapSqlParameterSource("from", from).addValue("to", to)
			.addValue("asOf", asOf.atOffset(ZoneOffset.UTC));
	}

	private static LocalDate day(ResultSet row) throws SQLException {
		return row.getObject(2, LocalDate.class);
	}

	private static <K> void add(Map<K, long[]> sums, K key, long[] values) {
		long[] sum = sums.computeIfAbsent(key, (k) -> new long[COUNTER_COUNT]);
		for (int i = 0; i < COUNTER_COUNT; i++) {
			sum[i] += values[i];
		}
	}

	private static long[] values(IndicatorCountsView c) {
		return new long[] { c.received(), c.onTime(), c.open(), c.resolvedInPeriod(), c.resolutionWorkingMinutes(),
				c.online(), c.fullyOnlineEligible(), c.fullyOnline(), c.feeBearing(), c.paidOnline(),
				c.paperResultResolved(), c.electronicResult(), c.digitised(), c.dataReused(), c.delivered(), c.rated(),
				c.ratingSum(), c.lowRated(), c.apologised(), c.supplementRequested(), c.withdrawn(), c.stopped() };
	}

	private static IndicatorCountsView view(long[] v) {
		return new IndicatorCountsView(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
				v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21]);
	}

}
