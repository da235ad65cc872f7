package vn.dossierledger.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * What the database allows a replay at most: one pass over the event table in global
 * order (a cursor, 1,000 rows per fetch) writing one row per event in batches of 1,000
 * per transaction into a table shaped like a read model's — no deserialization, no logic.
 */
final class RawReplayLimit {

	private static final int BATCH = 1_000;

	private final DataSource dataSource;

	RawReplayLimit(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	Result measure() throws SQLException {
		try (Connection reading = this.dataSource.getConnection();
				Connection writing = this.dataSource.getConnection()) {
			try (Statement ddl = writing.createStatement()) {
				ddl.execute("create table raw_replay_row (global_index bigint primary key,"
						+ " dossier_id varchar(64) not null, event_type varchar(255) not null,"
						+ " recorded_at varchar(64) not null, payload_bytes int not null, summary varchar(512))");
			}
			reading.setAutoCommit(false);
			writing.setAutoCommit(false);
			long events = 0;
			long started = System.nanoTime();
			try (Statement scan = reading.createStatement();
					PreparedStatement insert = writing.prepareStatement("insert into raw_replay_row (global_index,"
							+ " dossier_id, event_type, recorded_at, payload_bytes, summary) values (?, ?, ?, ?, ?, ?)")) {
				scan.setFetchSize(BATCH);
				try (ResultSet rows = scan.executeQuery("select global_index, aggregate_identifier, payload_type,"
						+ " time_stamp, payload from domain_event_entry order by global_index")) {
					while (rows.next()) {
						byte[] payload = rows.getBytes(5);
						insert.setLong(1, rows.getLong(1));
						insert.setString(2, rows.getString(2));
						insert.setString(3, rows.getString(3));
						insert.setString(4, rows.getString(4));
						insert.setInt(5, payload.length);
						insert.setString(6, summary(payload));
						insert.addBatch();
						if (++events % BATCH == 0) {
							insert.executeBatch();
							writing.commit();
						}
					}
				}
				insert.executeBatch();
				writing.commit();
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			reading.commit();
			try (Statement ddl = writing.createStatement()) {
				ddl.execute("drop table raw_replay_row");
			}
			writing.commit();
			return new Result(events, elapsed);
		}
	}

	/** A read model row carries some text of its event: the payload's first 200 bytes. */
	private static String summary(byte[] payload) {
		return new String(payload, 0, Math.min(200, payload.length), java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	record Result(long events, Duration elapsed) {

		long eventsPerSecond() {
			return Math.round(this.events * 1e9 / Math.max(1, this.elapsed.toNanos()));
		}

	}

}
