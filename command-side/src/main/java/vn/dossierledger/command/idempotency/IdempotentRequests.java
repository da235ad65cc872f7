package vn.dossierledger.command.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dossierledger.command.idempotency.IdempotentRequest.State;
import vn.dossierledger.command.idempotency.IdempotentRequest.StoredAnswer;

/**
 * The table of commands sent with an {@code Idempotency-Key}, one row per caller and key.
 * Plain SQL: the expected race of two first attempts is a duplicate key to catch, not an
 * error for the persistence provider to log.
 */
@Component
class IdempotentRequests {

	private static final String COLUMNS = "caller_id, idempotency_key, fingerprint, request_path, claim_token, state, "
			+ "started_at, dossier_id, dossier_code, dossier_version, dossier_status, answer_status, "
			+ "answer_content_type, answer_location, answer_etag, answer_body";

	private final JdbcTemplate jdbc;

	private final IdempotencyProperties properties;

	/**
	 * Leases and retention are operational, in real time: not the business clock a
	 * demonstration may run fast.
	 */
	private final Clock realTime = Clock.systemUTC();

	IdempotentRequests(JdbcTemplate jdbc, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * The key for this attempt, or why not: answered before, committed but not answered,
	 * still running, or used for another request.
	 */
	Claim claim(String callerId, String key, String fingerprint, String requestPath) {
		while (true) {
			String token = UUID.randomUUID().toString();
			Instant now = this.realTime.instant();
			try {
				this.jdbc.update(
						"insert into idempotent_request (caller_id, idempotency_key, fingerprint, "
								+ "request_path, claim_token, state, started_at) values (?, ?, ?, ?, ?, ?, ?)",
						callerId, key, fingerprint, requestPath, token, State.PENDING.name(), Timestamp.from(now));
				return new Claim.Claimed(token);
			}
			catch (DuplicateKeyException keptBefore) {
				Optional<IdempotentRequest> kept = find(callerId, key);
				if (kept.isEmpty()) {
					continue; // a failed first attempt let the key go meanwhile
				}
				Optional<Claim> claim = claimKept(kept.get(), fingerprint, now);
				if (claim.isPresent()) {
					return claim.get();
				}
			}
		}
	}

	/** Empty when a concurrent retry took the key over first: try again. */
	private Optional<Claim> claimKept(IdempotentRequest kept, String fingerprint, Instant now) {
		if (!kept.fingerprint().equals(fingerprint)) {
			return Optional.of(new Claim.KeyReused(kept.requestPath()));
		}
		boolean leaseOver = kept.startedAt().plus(this.properties.pendingLease()).isBefore(now);
		return switch (kept.state()) {
			case ANSWERED -> Optional.of(new Claim.Answered(kept.answer()));
			case COMMITTED -> Optional.of(leaseOver ? new Claim.CommittedUnanswered(kept) : inProgress(kept, now));
			case PENDING -> leaseOver ? takeOver(kept, now) : Optional.of(inProgress(kept, now));
		};
	}

	private Claim inProgress(IdempotentRequest kept, Instant now) {
		Duration left = Duration.between(now, kept.startedAt().plus(this.properties.pendingLease()));
		return new Claim.InProgress(Math.max(1, Math.min(left.toSeconds(), 5)));
	}

	/**
	 * A first attempt that never committed and whose lease is over died with its process:
	 * its command stored nothing, so this attempt may run it.
	 */
	private Optional<Claim> takeOver(IdempotentRequest kept, Instant now) {
		String token = UUID.randomUUID().toString();
		int taken = this.jdbc.update(
				"update idempotent_request set claim_token = ?, started_at = ? "
						+ "where caller_id = ? and idempotency_key = ? and claim_token = ? and state = ?",
				token, Timestamp.from(now), kept.callerId(), kept.key(), kept.claimToken(), State.PENDING.name());
		return (taken == 1) ? Optional.of(new Claim.Claimed(token)) : Optional.empty();
	}

	/**
	 * Marks the attempt committed, in the transaction that stores the command's events.
	 * @return false when the attempt no longer holds the key (a retry took it over)
	 */
	boolean markCommitted(String claimToken, String dossierId, String dossierCode, long version, String dossierStatus) {
		return this.jdbc.update(
				"update idempotent_request set state = ?, dossier_id = ?, dossier_code = ?, dossier_version = ?, "
						+ "dossier_status = ? where claim_token = ? and state = ?",
				State.COMMITTED.name(), dossierId, dossierCode, version, dossierStatus, claimToken,
				State.PENDING.name()) == 1;
	}

	/** Keeps the answer for retries. */
	void answered(String claimToken, StoredAnswer answer) {
		this.jdbc.update(
				"update idempotent_request set state = ?, answer_status = ?, answer_content_type = ?, "
						+ "answer_location = ?, answer_etag = ?, answer_body = ? where claim_token = ?",
				State.ANSWERED.name(), answer.status(), answer.contentType(), answer.location(), answer.etag(),
				answer.body(), claimToken);
	}

	/**
	 * Lets the key go after a refused or failed attempt, which stored nothing: a retry
	 * runs the command anew. A committed attempt keeps its key.
	 */
	void release(String claimToken) {
		this.jdbc.update("delete from idempotent_request where claim_token = ? and state = ?", claimToken,
				State.PENDING.name());
	}

	/** Forgets keys older than the retention. */
	int purge() {
		Instant oldest = this.realTime.instant().minus(this.properties.retention());
		return this.jdbc.update("delete from idempotent_request where started_at < ?", Timestamp.from(oldest));
	}

	Optional<IdempotentRequest> find(String callerId, String key) {
		List<IdempotentRequest> rows = this.jdbc.query(
				"select " + COLUMNS + " from idempotent_request where caller_id = ? and idempotency_key = ?",
				IdempotentRequests::row, callerId, key);
		return rows.stream().findFirst();
	}

	private static IdempotentRequest row(ResultSet rs, int rowNumber) throws SQLException {
		long version = rs.getLong("dossier_version");
		Long dossierVersion = rs.wasNull() ? null : version;
		int status = rs.getInt("answer_status");
		StoredAnswer answer = rs.wasNull() ? null : new StoredAnswer(status, rs.getString("answer_content_type"),
				rs.getString("answer_location"), rs.getString("answer_etag"), rs.getString("answer_body"));
		return new IdempotentRequest(rs.getString("caller_id"), rs.getString("idempotency_key"),
				rs.getString("fingerprint"), rs.getString("request_path"), rs.getString("claim_token"),
				State.valueOf(rs.getString("state")), rs.getTimestamp("started_at").toInstant(),
				rs.getString("dossier_id"), rs.getString("dossier_code"), dossierVersion,
				rs.getString("dossier_status"), answer);
	}

	/** The outcome of claiming a key for an attempt. */
	sealed interface Claim {

		/** This attempt holds the key: run the command. */
		record Claimed(String claimToken) implements Claim {
		}

		/** Answered before: send that answer again. */
		record Answered(StoredAnswer answer) implements Claim {
		}

		/**
		 * The command's events are stored but its attempt died before answering: answer
		 * from what was kept.
		 */
		record CommittedUnanswered(IdempotentRequest request) implements Claim {
		}

		/** Another attempt with this key is running. */
		record InProgress(long retryAfterSeconds) implements Claim {
		}

		/** The key was used for another request. */
		record KeyReused(String requestPath) implements Claim {
		}

	}

}
