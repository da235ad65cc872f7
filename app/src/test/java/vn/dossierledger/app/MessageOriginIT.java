package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A dossier's stored events still carry the origin of the command that caused them,
 * whatever the processors leave out ({@link CommandOriginProvider}).
 */
class MessageOriginIT extends SharedLedgerTest {

	@Test
	void storedEventsCarryTheirCommandsCorrelationAndTrace() {
		DossierWalk walk = DossierWalk.submit(api());
		walk.receive();

		List<String> metaData = eventStore().jdbc()
			.query("select meta_data from domain_event_entry where aggregate_identifier = ? order by sequence_number",
					(row, index) -> new String(row.getBytes(1), StandardCharsets.UTF_8), walk.dossierId());

		assertThat(metaData).hasSize(2)
			.allSatisfy((json) -> assertThat(json).contains("\"correlationId\"", "\"traceId\""));
		assertThat(metaData.get(0)).isNotEqualTo(metaData.get(1));
	}

}
