package vn.dossierledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The physical limit of replay into PostgreSQL: one sequential scan of the event table in
 * global-index order, each event written as one row of its size (key, type, time,
 * payload) to a projection-like table in batched inserts, one transaction per batch.
 */
final class RawReplayLimit {

	private static final String TABLE = "bench_raw_projection";

	private static final int BATCH = 1000;

	private final BenchPostgres postgres;

	RawReplayLimit(BenchPostgres postgres) {
		this.postgres = postgres;
	}

	ReadModelRebuild.GroupReplay run(Duration timeout) {
		this.postgres.execute("drop table if exists " + TABLE);
		this.postgres.execute("create table " + TABLE + " (global_index bigint primary key,"
				+ " dossier_id varchar(255) not null, sequence_number bigint not null, event_type varchar(255) not null,"
				+ " time_stamp varchar(255) not null, payload bytea not null)");
		long rows = 0;
		boolean complete = true;
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		try (Connection reader = this.postgres.connect(); Connection writer = this.postgres.connect()) {
			reader.setAutoCommit(false);
			writer.setAutoCommit(false);
			try (Statement scan = reader.createStatement();
					PreparedStatement insert = writer.prepareStatement("insert into " + TABLE
							+ " (global_index, dossier_id, sequence_number, event_type, time_stamp, payload)"
							+ " values (?, ?, ?, ?, ?, ?)")) {
				scan.setFetchSize(BATCH);
				try (ResultSet events = scan.executeQuery("select global_index, aggregate_identifier, sequence_number,"
						+ " payload_type, time_stamp, payload from domain_event_entry order by global_index")) {
					while (events.next()) {
						insert.setLong(1, events.getLong(1));
						insert.setString(2, events.getString(2));
						insert.setLong(3, events.getLong(3));
						insert.setString(4, events.getString(4));
						insert.setString(5, events.getString(5));
						insert.setBytes(6, events.getBytes(6));
						insert.addBatch();
						if (++rows % BATCH == 0) {
							insert.executeBatch();
							writer.commit();
							if (System.nanoTime() > deadline) {
								complete = false;
								break;
							}
						}
					}
				}
				insert.executeBatch();
				writer.commit();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Raw replay failed", ex);
		}
		return new ReadModelRebuild.GroupReplay("raw scan + batched inserts", rows,
				Duration.ofNanos(System.nanoTime() - start), complete);
	}

}
