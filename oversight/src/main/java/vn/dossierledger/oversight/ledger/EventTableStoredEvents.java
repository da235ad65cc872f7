package vn.dossierledger.oversight.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JPA event store's table {@code domain_event_entry} read with plain JDBC (H2 blobs
 * and PostgreSQL {@code bytea} alike): the rows as stored, whatever Axon's upcasters and
 * serializer would make of them. Verification streams the whole table ordered by
 * aggregate and sequence; the seals' check joins the leaves to the rows by event
 * identifier.
 */
final class EventTableStoredEvents implements StoredEvents {

	private static final String ALL_EVENTS = "select aggregate_identifier, sequence_number, payload_type,"
			+ " payload_revision, time_stamp, %s, %s from domain_event_entry"
			+ " order by aggregate_identifier, sequence_number";

	private static final String EVENTS_OF_DOSSIER = "select event_identifier, sequence_number, payload_type,"
			+ " payload_revision, time_stamp, payload, meta_data from domain_event_entry"
			+ " where aggregate_identifier = ? order by sequence_number";

	private static final String LEAVES_WITH_EVENTS = "select l.leaf_index, l.aggregate_identifier, l.sequence_number,"
			+ " l.chain_value, e.event_identifier, %s from ledger_leaf l"
			+ " left join domain_event_entry e on e.event_identifier = l.event_identifier order by l.leaf_index";

	private static final int FETCH_SIZE = 1_000;

	private final DataSource dataSource;

	private final CanonicalEventEncoding encoding;

	EventTableStoredEvents(DataSource dataSource, CanonicalEventEncoding encoding) {
		this.dataSource = dataSource;
		this.encoding = encoding;
	}

	/** The table the events are read from, and its database. */
	@Override
	public String description() {
		try (Connection connection = this.dataSource.getConnection()) {
			return "JPA event store table domain_event_entry on " + connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the event store", ex);
		}
	}

	@Override
	public void readDossiers(Consumer<List<List<StoredEvent>>> batches) {
		streamRows((connection) -> ALL_EVENTS.formatted(StoredBytes.column("payload", connection),
				StoredBytes.column("meta_data", connection)), (rows) -> {
					DossierBatches dossiers = new DossierBatches(batches);
					List<StoredEvent> dossier = new ArrayList<>();
					while (rows.next()) {
						StoredEvent event = new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3),
								rows.getString(4), rows.getString(5), rows.getBytes(6), rows.getBytes(7));
						if (!dossier.isEmpty() && !dossier.get(0).aggregateId().equals(event.aggregateId())) {
							dossiers.add(dossier);
							dossier = new ArrayList<>();
						}
						dossier.add(event);
					}
					dossiers.add(dossier);
					dossiers.flush();
				});
	}

	@Override
	public List<IdentifiedEvent> eventsOf(String dossierId) {
		return new JdbcTemplate(this.dataSource).query(EVENTS_OF_DOSSIER,
				(row, index) -> new IdentifiedEvent(row.getString(1), new StoredEvent(dossierId, row.getLong(2),
						row.getString(3), row.getString(4), row.getString(5), row.getBytes(6), row.getBytes(7))),
				dossierId);
	}

	@Override
	public void readSealedLeaves(Consumer<LeafWithStoredEvent> leaves) {
		streamRows((connection) -> LEAVES_WITH_EVENTS.formatted(StoredBytes.column("e.meta_data", connection)),
				(rows) -> {
					while (rows.next()) {
						boolean stored = rows.getString(5) != null;
						leaves.accept(new LeafWithStoredEvent(rows.getLong(1), rows.getString(2), rows.getLong(3),
								rows.getString(4), stored,
								stored ? this.encoding.chainLinkOf(rows.getBytes(6)).hash() : null));
					}
				});
	}

	/**
	 * Runs a query with a cursor: PostgreSQL streams only inside a transaction, which is
	 * rolled back since nothing is written.
	 */
	private void streamRows(SqlOf query, RowsReader reader) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(query.sqlFor(connection))) {
				statement.setFetchSize(FETCH_SIZE);
				try (ResultSet rows = statement.executeQuery()) {
					reader.read(rows);
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the event store", ex);
		}
	}

	@FunctionalInterface
	private interface SqlOf {

		String sqlFor(Connection connection) throws SQLException;

	}

	@FunctionalInterface
	private interface RowsReader {

		void read(ResultSet rows) throws SQLException;

	}

}
