package vn.dossierledger.events.query.access;

import java.time.Instant;

/**
 * Recorded reads filtered by any of dossier, reader, outside the reader's unit or not,
 * and period ({@code from} inclusive, {@code to} exclusive); {@code null} means any.
 * Answered with an {@link AccessReadPage}, newest first.
 */
public record FindAccessReadsQuery(String dossierId, String readerId, Boolean outsideReaderUnit, Instant from,
		Instant to, int page, int size) {
}
