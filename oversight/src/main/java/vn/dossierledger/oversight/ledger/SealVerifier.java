package vn.dossierledger.oversight.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.oversight.ledger.CanonicalEventEncoding.ChainLink;
import vn.dossierledger.oversight.ledger.SealMismatch.Kind;

/**
 * Recomputes every seal from the stored events (plain JDBC): the leaves in sealed order,
 * each taken from its event as stored now, the block roots, the roots over all blocks,
 * the signatures and the links between seals. An event deleted or re-chained after it was
 * sealed is located by dossier and sequence; anything else that no longer matches is
 * located by seal.
 */
final class SealVerifier {

	private static final String LEAVES_WITH_EVENTS = "select l.leaf_index, l.aggregate_identifier, l.sequence_number,"
			+ " l.chain_value, e.event_identifier, %s from ledger_leaf l"
			+ " left join domain_event_entry e on e.event_identifier = l.event_identifier order by l.leaf_index";

	private static final HexFormat HEX = HexFormat.of();

	private final DataSource dataSource;

	private final CanonicalEventEncoding encoding;

	SealVerifier(DataSource dataSource, CanonicalEventEncoding encoding) {
		this.dataSource = dataSource;
		this.encoding = encoding;
	}

	SealCheck verify() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		SealStore store = new SealStore(jdbc);
		Map<String, LedgerPublicKey> keys = store.publicKeys()
			.stream()
			.collect(Collectors.toMap(LedgerPublicKey::keyId, Function.identity()));
		List<Seal> seals = store.allSeals();
		SealCheck check = new SealCheck(seals.size());
		checkSignaturesAndLinks(seals, keys, check);
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection
				.prepareStatement(LEAVES_WITH_EVENTS.formatted(StoredBytes.column("e.meta_data", connection)))) {
				statement.setFetchSize(1_000);
				try (ResultSet rows = statement.executeQuery()) {
					checkLeaves(rows, seals, check);
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the ledger's leaves", ex);
		}
		return check;
	}

	/**
	 * Every seal names the digest of the one before it, so the links are checked for
	 * every seal and the signature for the last seal of each key: that signature covers,
	 * link by link, every seal before it. (Ed25519 verification costs milliseconds in the
	 * JDK; one per block would cap verification far below the hashing speed.)
	 */
	private static void checkSignaturesAndLinks(List<Seal> seals, Map<String, LedgerPublicKey> keys, SealCheck check) {
		Map<String, Seal> lastSealOfEachKey = new LinkedHashMap<>();
		Seal previous = null;
		for (Seal seal : seals) {
			lastSealOfEachKey.put(seal.keyId(), seal);
			long expectedSize = (previous != null) ? previous.treeSize() + 1 : 1;
			String expectedPrevious = (previous != null) ? previous.digest() : CanonicalEventEncoding.GENESIS;
			long expectedFirstLeaf = (previous != null) ? previous.eventCount() : 0;
			if (seal.treeSize() != expectedSize || !seal.previousSeal().equals(expectedPrevious)
					|| seal.firstLeaf() != expectedFirstLeaf) {
				check.sealMismatch(seal, Kind.BROKEN_SEAL_LINK,
						"Does not follow seal " + ((previous != null) ? previous.treeSize() : 0));
			}
			previous = seal;
		}
		for (Seal seal : lastSealOfEachKey.values()) {
			LedgerPublicKey key = keys.get(seal.keyId());
			if (key == null || !key.idMatchesKey() || !seal.isSignedBy(key)) {
				check.sealMismatch(seal, Kind.SIGNATURE_INVALID,
						"Not validly signed by any key the ledger has used (key id " + seal.keyId() + ")");
			}
		}
	}

	private void checkLeaves(ResultSet rows, List<Seal> seals, SealCheck check) throws SQLException {
		MerkleFrontier blockTree = MerkleFrontier.empty();
		List<byte[]> block = new ArrayList<>();
		int sealIndex = 0;
		long leaves = 0;
		while (rows.next()) {
			leaves++;
			block.add(MerkleTree.leafHash(HEX.parseHex(storedChainValue(rows, check))));
			if (sealIndex < seals.size() && block.size() == seals.get(sealIndex).leafCount()) {
				closeBlock(seals.get(sealIndex), block, blockTree, check);
				block.clear();
				sealIndex++;
			}
		}
		for (; sealIndex < seals.size(); sealIndex++) {
			check.sealMismatch(seals.get(sealIndex), Kind.LEAVES_MISSING, "Covers leaves up to "
					+ (seals.get(sealIndex).eventCount() - 1) + " but only " + leaves + " are stored");
		}
		check.unsealedEvents = block.size();
	}

	/**
	 * The chain value the event carries now; where it no longer exists or carries another
	 * value than was sealed, that is recorded and the sealed value stands in, so that one
	 * finding does not cascade into every later seal.
	 */
	private String storedChainValue(ResultSet row, SealCheck check) throws SQLException {
		String sealedValue = row.getString(4);
		String dossierId = row.getString(2);
		long sequence = row.getLong(3);
		if (row.getString(5) == null) {
			check.eventMismatches.add(new ChainMismatch(dossierId, sequence, MismatchKind.EVENT_MISSING,
					"Sealed as leaf " + row.getLong(1) + " but no longer stored"));
			return sealedValue;
		}
		ChainLink link = this.encoding.chainLinkOf(row.getBytes(6));
		if (!sealedValue.equals(link.hash())) {
			check.eventMismatches.add(new ChainMismatch(dossierId, sequence, MismatchKind.REWRITTEN_AFTER_SEALING,
					"Its chain value is not the one sealed as leaf " + row.getLong(1)));
		}
		return sealedValue;
	}

	private static void closeBlock(Seal seal, List<byte[]> block, MerkleFrontier blockTree, SealCheck check) {
		byte[] blockRoot = MerkleTree.root(block);
		if (!HEX.formatHex(blockRoot).equals(seal.blockRoot())) {
			check.sealMismatch(seal, Kind.BLOCK_ROOT_MISMATCH, "The leaves " + seal.firstLeaf() + " to "
					+ (seal.eventCount() - 1) + " no longer give its block root");
		}
		blockTree.append(MerkleTree.leafHash(HEX.parseHex(seal.blockRoot())));
		if (!HEX.formatHex(blockTree.root()).equals(seal.treeRoot())) {
			check.sealMismatch(seal, Kind.TREE_ROOT_MISMATCH, "The block roots no longer give its tree root");
		}
	}

	/** What the seal pass found. */
	static final class SealCheck {

		final long sealsChecked;

		final List<ChainMismatch> eventMismatches = new ArrayList<>();

		final List<SealMismatch> sealMismatches = new ArrayList<>();

		long unsealedEvents;

		SealCheck(long sealsChecked) {
			this.sealsChecked = sealsChecked;
		}

		void sealMismatch(Seal seal, Kind kind, String detail) {
			this.sealMismatches.add(new SealMismatch(seal.treeSize(), kind, detail));
		}

	}

}
