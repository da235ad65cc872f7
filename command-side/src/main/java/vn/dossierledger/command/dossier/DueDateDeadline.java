package vn.dossierledger.command.dossier;

import java.time.Instant;

/**
 * Payload of the statutory due-date deadline; carries the due date it was scheduled for.
 */
public record DueDateDeadline(Instant dueAt) {

	static final String NAME = "statutory-due-date";

}
