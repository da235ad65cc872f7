package vn.dossierledger.query.audit;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.query.audit.FindAuditEventsQuery;
import vn.dossierledger.events.query.audit.FindDossierAuditQuery;
import vn.dossierledger.projection.audit.AuditIndexUnavailableException;
import vn.dossierledger.projection.audit.AuditSearch;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * An unreachable audit index is the query side's 503, for a search and a history alike.
 */
class AuditQueryHandlerTest {

	private final AuditSearch search = mock();

	private final AuditQueryHandler handler = new AuditQueryHandler(this.search);

	@Test
	void answersASearchWithoutTheIndexAsUnavailable() {
		given(this.search.search(any())).willThrow(AuditIndexUnavailableException.class);

		assertThatExceptionOfType(AuditSearchUnavailableException.class)
			.isThrownBy(() -> this.handler.handle(
					new FindAuditEventsQuery("x", null, null, null, null, null, null, null, null, null, null, 0, 20)))
			.withCauseInstanceOf(AuditIndexUnavailableException.class);
	}

	@Test
	void answersAHistoryWithoutTheIndexAsUnavailable() {
		given(this.search.history("d-1")).willThrow(AuditIndexUnavailableException.class);

		assertThatExceptionOfType(AuditSearchUnavailableException.class)
			.isThrownBy(() -> this.handler.handle(new FindDossierAuditQuery("d-1")))
			.withCauseInstanceOf(AuditIndexUnavailableException.class);
	}

}
