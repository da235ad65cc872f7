package vn.dossierledger.events.query.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dossiers behind one indicator of {@link FindIndicatorsQuery}: every dossier of its
 * period and filters that the indicator is a share of, each with whether it counts, so
 * that an analyst can see why a unit scores what it scores.
 *
 * @param figure one of {@link FigureDossiersView#FIGURES}
 * @param asOf as in {@link FindIndicatorsQuery}, {@code null} for now
 * @param page from 0
 */
public record FindFigureDossiersQuery(String figure, String agencyId, String unitId, String procedureCode,
		String officerId, LocalDate from, LocalDate to, Instant asOf, int page, int size) {
}
