package vn.dossierledger.oversight.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The seal tables (Flyway V6) through plain JDBC, inside whatever transaction is running:
 * the sealing processor's (so leaves, seals and its token commit together) or a
 * request's.
 */
class SealStore {

	private static final String SEAL_COLUMNS = "tree_size, first_leaf, leaf_count, block_root, tree_root, sealed_at,"
			+ " previous_seal, key_id, signature";

	private static final RowMapper<Seal> SEAL = (row, index) -> new Seal(row.getLong(1), row.getLong(2), row.getInt(3),
			row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9));

	private static final String LEAF_SELECT = "select leaf_index, event_identifier, aggregate_identifier,"
			+ " sequence_number, chain_value from ledger_leaf";

	private static final RowMapper<Leaf> LEAF = (row, index) -> new Leaf(row.getString(2), row.getString(3),
			row.getLong(4), row.getString(5), row.getLong(1));

	private final JdbcTemplate jdbc;

	SealStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the head row until the transaction ends: one sealer at a time. */
	SealHead lockHead() {
		return this.jdbc.queryForObject(
				"select next_leaf, sealed_leaves, open_since from ledger_seal_head where id = 1 for update",
				(row, index) -> new SealHead(row.getLong(1), row.getLong(2), row.getString(3)));
	}

	void updateHead(SealHead head) {
		this.jdbc.update("update ledger_seal_head set next_leaf = ?, sealed_leaves = ?, open_since = ? where id = 1",
				head.nextLeaf(), head.sealedLeaves(), head.openSince());
	}

	void insertLeaves(long firstIndex, List<Leaf> leaves) {
		this.jdbc
			.batchUpdate("insert into ledger_leaf (leaf_index, event_identifier, aggregate_identifier, sequence_number,"
					+ " chain_value) values (?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement statement, int i) throws SQLException {
							Leaf leaf = leaves.get(i);
							statement.setLong(1, firstIndex + i);
							statement.setString(2, leaf.eventId());
							statement.setString(3, leaf.aggregateId());
							statement.setLong(4, leaf.sequence());
							statement.setString(5, leaf.chainValue());
						}

						@Override
						public int getBatchSize() {
							return leaves.size();
						}

					});
	}

	/** The chain values of leaves {@code [from, from + count)}, in leaf order. */
	List<String> chainValues(long from, int count) {
		return this.jdbc.queryForList(
				"select chain_value from ledger_leaf where leaf_index >= ? and leaf_index < ? order by leaf_index",
				String.class, from, from + count);
	}

	Optional<Seal> latestSeal() {
		return this.jdbc
			.query("select " + SEAL_COLUMNS + " from ledger_seal order by tree_size desc fetch first 1 rows only", SEAL)
			.stream()
			.findFirst();
	}

	Optional<Seal> seal(long treeSize) {
		return this.jdbc.query("select " + SEAL_COLUMNS + " from ledger_seal where tree_size = ?", SEAL, treeSize)
			.stream()
			.findFirst();
	}

	/** Every seal in order; verification walks them all. */
	List<Seal> allSeals() {
		return this.jdbc.query("select " + SEAL_COLUMNS + " from ledger_seal order by tree_size", SEAL);
	}

	/** The seal whose block holds the leaf. */
	Optional<Seal> sealOfLeaf(long leafIndex) {
		return this.jdbc
			.query("select " + SEAL_COLUMNS
					+ " from ledger_seal where first_leaf <= ? order by first_leaf desc fetch first 1 rows only", SEAL,
					leafIndex)
			.stream()
			.filter((seal) -> leafIndex < seal.eventCount())
			.findFirst();
	}

	String frontier(long treeSize) {
		return this.jdbc.queryForObject("select frontier from ledger_seal where tree_size = ?", String.class, treeSize);
	}

	void insertSeal(Seal seal, String frontier) {
		this.jdbc.update(
				"insert into ledger_seal (" + SEAL_COLUMNS + ", frontier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				seal.treeSize(), seal.firstLeaf(), seal.leafCount(), seal.blockRoot(), seal.treeRoot(), seal.sealedAt(),
				seal.previousSeal(), seal.keyId(), seal.signature(), frontier);
	}

	/**
	 * The block roots of the first {@code treeSize} blocks: the leaves of the block tree.
	 */
	List<String> blockRoots(long treeSize) {
		return this.jdbc.queryForList("select block_root from ledger_seal where tree_size <= ? order by tree_size",
				String.class, treeSize);
	}

	Optional<Leaf> leafOfEvent(String eventId) {
		return this.jdbc.query(LEAF_SELECT + " where event_identifier = ?", LEAF, eventId).stream().findFirst();
	}

	/** The leaves {@code [from, from + count)}, in leaf order. */
	List<Leaf> leaves(long from, int count) {
		return this.jdbc.query(LEAF_SELECT + " where leaf_index >= ? and leaf_index < ? order by leaf_index", LEAF,
				from, from + count);
	}

	/**
	 * Records the key once, under the head lock. A plain look-up first: H2 2.4's
	 * {@code insert … select … where not exists} misses a row its own transaction
	 * inserted, and two blocks sealed in one transaction failed on the key forever.
	 */
	void registerKey(LedgerPublicKey key, String firstUsed) {
		Long known = this.jdbc.queryForObject("select count(*) from ledger_public_key where key_id = ?", Long.class,
				key.keyId());
		if (known == null || known == 0) {
			this.jdbc.update(
					"insert into ledger_public_key (key_id, algorithm, subject_public_key_info, first_used)"
							+ " values (?, ?, ?, ?)",
					key.keyId(), key.algorithm(), key.subjectPublicKeyInfo(), firstUsed);
		}
	}

	List<LedgerPublicKey> publicKeys() {
		return this.jdbc.query("select algorithm, key_id, subject_public_key_info from ledger_public_key",
				(row, index) -> new LedgerPublicKey(row.getString(1), row.getString(2), row.getString(3)));
	}

	/**
	 * Where sealing stands: the next leaf's index, how many leaves are sealed, and since
	 * when (ISO-8601) the open block holds its first leaf.
	 */
	record SealHead(long nextLeaf, long sealedLeaves, String openSince) {

		long openLeaves() {
			return this.nextLeaf - this.sealedLeaves;
		}

	}

	/**
	 * One event's place in the ledger.
	 *
	 * @param index the leaf index, or -1 before it has one
	 */
	record Leaf(String eventId, String aggregateId, long sequence, String chainValue, long index) {

	}

}
