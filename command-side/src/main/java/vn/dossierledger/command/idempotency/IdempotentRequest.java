package vn.dossierledger.command.idempotency;

import java.time.Instant;

/**
 * What is kept of one caller's command sent with an {@code Idempotency-Key}.
 *
 * @param claimToken the attempt that holds the key now; a new one when a retry takes over
 * a dead attempt
 * @param state {@code PENDING} while the command runs, {@code COMMITTED} once its events
 * are stored (written in the same transaction), {@code ANSWERED} once its answer is kept
 * @param dossierId the dossier after the command, from {@code COMMITTED} on
 * @param dossierCode the dossier's code, for a submission
 * @param version the dossier's version after the command
 * @param dossierStatus the dossier's status after the command
 * @param answer the answer sent, from {@code ANSWERED} on
 */
record IdempotentRequest(String callerId, String key, String fingerprint, String requestPath, String claimToken,
		State state, Instant startedAt, String dossierId, String dossierCode, Long version, String dossierStatus,
		StoredAnswer answer) {

	enum State {

		PENDING, COMMITTED, ANSWERED

	}

	/**
	 * The answer as it was sent.
	 *
	 * @param location the {@code Location} header, or null
	 * @param etag the {@code ETag} header, or null
	 */
	record StoredAnswer(int status, String contentType, String location, String etag, String body) {

	}

}
