package vn.dossierledger.events.query.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Internal oversight (not Decision 766): an officer's figures over the dossiers first
 * acted on in {@code [from, to]}, against the peers of the officer's unit.
 *
 * @param asOf when open dossiers are judged, or {@code null} for now
 */
public record FindOfficerOversightQuery(String officerId, LocalDate from, LocalDate to, Instant asOf) {
}
