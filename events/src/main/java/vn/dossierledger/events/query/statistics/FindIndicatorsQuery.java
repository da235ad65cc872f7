package vn.dossierledger.events.query.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The Decision 766 indicators of the dossiers received in {@code [from, to]} (days
 * inclusive, Vietnam time), narrowed by any of the optional filters. Also the
 * subscription query of the live dashboard.
 *
 * @param agencyId the competent agency, or {@code null} for all
 * @param unitId dossiers a unit's officers acted on, or {@code null} for all
 * @param procedureCode the procedure, or {@code null} for all
 * @param officerId dossiers the officer acted on, or {@code null} for all
 * @param asOf the moment an open dossier is judged against its due date (DOMAIN R6), or
 * {@code null} for now
 */
public record FindIndicatorsQuery(String agencyId, String unitId, String procedureCode, String officerId,
		LocalDate from, LocalDate to, Instant asOf) {
}
