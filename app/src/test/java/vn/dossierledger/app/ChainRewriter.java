package vn.dossierledger.app;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.oversight.ledger.CanonicalEventEncoding;

/**
 * The insider who knows the chaining rules: after changing a stored event, recomputes the
 * chain values of that event and every later one of the dossier, so that the dossier's
 * own chain verifies again.
 */
final class ChainRewriter {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ChainRewriter() {
	}

	static void rechain(JdbcTemplate jdbc, String dossierId, long fromSequence) throws Exception {
		CanonicalEventEncoding encoding = new CanonicalEventEncoding();
		List<Object[]> rows = jdbc.query(
				"select sequence_number, payload_type, payload_revision, time_stamp, payload, meta_data"
						+ " from domain_event_entry where aggregate_identifier = ? and sequence_number >= ?"
						+ " order by sequence_number",
				(row, index) -> new Object[] { row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
						row.getBytes(5), row.getBytes(6) },
				dossierId, fromSequence);
		String previous = (String) ((ObjectNode) JSON.readTree((byte[]) rows.get(0)[5]))
			.path(CanonicalEventEncoding.PREVIOUS_KEY)
			.asText();
		for (Object[] row : rows) {
			long sequence = (long) row[0];
			String chainValue = encoding.chainValue(previous, dossierId, sequence, (String) row[1], (String) row[2],
					Instant.parse((String) row[3]), (byte[]) row[4]);
			ObjectNode metadata = (ObjectNode) JSON.readTree((byte[]) row[5]);
			metadata.put(CanonicalEventEncoding.PREVIOUS_KEY, previous);
			metadata.put(CanonicalEventEncoding.HASH_KEY, chainValue);
			jdbc.update(
					"update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = ?",
					JSON.writeValueAsBytes(metadata), dossierId, sequence);
			previous = chainValue;
		}
	}

}
