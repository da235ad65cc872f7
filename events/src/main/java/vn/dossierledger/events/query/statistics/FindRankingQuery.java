package vn.dossierledger.events.query.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Agencies, procedures or officers ranked by one indicator over the dossiers received in
 * {@code [from, to]}.
 *
 * @param by {@code agency}, {@code procedure} or {@code officer}
 * @param indicator one of {@link IndicatorRatesView#INDICATORS}
 * @param asOf when open dossiers are judged, or {@code null} for now
 */
public record FindRankingQuery(String by, String indicator, LocalDate from, LocalDate to, Instant asOf) {
}
