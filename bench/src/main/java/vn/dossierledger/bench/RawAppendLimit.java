package vn.dossierledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The physical limit of append: plain JDBC inserting rows of the event table's shape and
 * size (copies of real stored events, with the same keys and indexes) one row per
 * transaction, at the same concurrency. Each client writes "dossiers" of ten events, as
 * the walk does.
 */
final class RawAppendLimit {

	private static final String TABLE = "bench_raw_event";

	private static final int SAMPLE = 2000;

	private final BenchPostgres postgres;

	RawAppendLimit(BenchPostgres postgres) {
		this.postgres = postgres;
	}

	ClosedLoop.Outcome run(int clients, Duration warmup, Duration measured) {
		dropTable();
		this.postgres.execute("create table " + TABLE + " (like domain_event_entry including all)");
		this.postgres.execute("create sequence " + TABLE + "_seq");
		List<StoredRow> sample = sample();
		System.out.printf("  raw rows copied from %,d stored events, %,.0f bytes payload + metadata on average%n",
				sample.size(), sample.stream().mapToInt(StoredRow::bytes).average().orElse(0));
		AtomicInteger next = new AtomicInteger();
		try {
			return ClosedLoop.runUnwatched(clients, () -> new InsertingClient(sample, next), warmup, measured);
		}
		finally {
			// Left behind, its rows would keep autovacuum busy during the next phases.
			dropTable();
		}
	}

	private void dropTable() {
		this.postgres.execute("drop table if exists " + TABLE);
		this.postgres.execute("drop sequence if exists " + TABLE + "_seq");
	}

	private List<StoredRow> sample() {
		List<StoredRow> rows = new ArrayList<>();
		try (Connection connection = this.postgres.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select payload, meta_data, payload_type, payload_revision, "
						+ "time_stamp, type from domain_event_entry order by global_index desc limit " + SAMPLE)) {
			while (result.next()) {
				rows.add(new StoredRow(result.getBytes(1), result.getBytes(2), result.getString(3), result.getString(4),
						result.getString(5), result.getString(6)));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot sample stored events", ex);
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("No stored events to copy");
		}
		return rows;
	}

	private final class InsertingClient implements ClosedLoop.Client {

		private final List<StoredRow> sample;

		private final AtomicInteger next;

		private Connection connection;

		private PreparedStatement insert;

		private String aggregateId;

		private int sequence = LifecycleWalk.COMMANDS;

		InsertingClient(List<StoredRow> sample, AtomicInteger next) {
			this.sample = sample;
			this.next = next;
		}

		@Override
		public boolean act() {
			try {
				if (this.connection == null) {
					this.connection = RawAppendLimit.this.postgres.connect();
					this.connection.setAutoCommit(true);
					this.insert = this.connection.prepareStatement("insert into " + TABLE
							+ " (global_index, sequence_number, meta_data, payload, aggregate_identifier,"
							+ " event_identifier, payload_revision, payload_type, time_stamp, type)"
							+ " values (nextval('" + TABLE + "_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				}
				if (this.sequence == LifecycleWalk.COMMANDS) {
					this.aggregateId = UUID.randomUUID().toString();
					this.sequence = 0;
				}
				StoredRow row = this.sample.get(Math.floorMod(this.next.getAndIncrement(), this.sample.size()));
				this.insert.setLong(1, this.sequence++);
				this.insert.setBytes(2, row.metadata());
				this.insert.setBytes(3, row.payload());
				this.insert.setString(4, this.aggregateId);
				this.insert.setString(5, UUID.randomUUID().toString());
				this.insert.setString(6, row.revision());
				this.insert.setString(7, row.payloadType());
				this.insert.setString(8, row.timestamp());
				this.insert.setString(9, row.aggregateType());
				this.insert.executeUpdate();
				return true;
			}
			catch (SQLException ex) {
				return false;
			}
		}

		@Override
		public void close() {
			if (this.connection != null) {
				try {
					this.connection.close();
				}
				catch (SQLException ex) {
					// the bench goes on; PostgreSQL ends the session
				}
			}
		}

	}

	private record StoredRow(byte[] payload, byte[] metadata, String payloadType, String revision, String timestamp,
			String aggregateType) {

		int bytes() {
			return this.payload.length + ((this.metadata != null) ? this.metadata.length : 0);
		}

	}

}
