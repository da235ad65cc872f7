package vn.dossierledger.identity.audit;

import java.util.List;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

import vn.dossierledger.events.access.DossierReadRecordedEvent;
import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;
import vn.dossierledger.web.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case room's pages are recorded reads like the API's: once the inspector has stated
 * a purpose and the page is ready, with that purpose; a page that asks for the purpose,
 * or that is not found, records nothing; a purpose too long is refused as on the API.
 */
class AccessAuditPageReadsTest {

	private static final String CASE = "/case-room/cases/d-1";

	private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();

	private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(this.storage).build();

	private final AccessAudit audit = new AccessAudit(this.eventStore, NoTransactionManager.INSTANCE,
			YamlOfficerRegistry.loadDefault(), new AccessAuditProperties(true, 20));

	@BeforeEach
	void anInspectorIsSignedIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("inspector-01", "n/a", Role.INSPECTOR.authority()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		this.eventStore.shutDown();
	}

	@Test
	void recordsACasePageWithItsPurposeOnceItIsReady() {
		render(CASE, "Thanh tra", 200);

		List<DossierReadRecordedEvent> reads = reads();
		assertThat(reads).hasSize(1);
		assertThat(reads.get(0).dossierId()).isEqualTo("d-1");
		assertThat(reads.get(0).readerId()).isEqualTo("inspector-01");
		assertThat(reads.get(0).view()).isEqualTo("case-room");
		assertThat(reads.get(0).purpose()).isEqualTo("Thanh tra");
	}

	@Test
	void recordsNothingWhileThePageAsksForThePurposeOrWhenTheCaseIsNotFound() {
		render(CASE, null, 200);
		render(CASE, "   ", 200);
		render(CASE, "Thanh tra", 404);
		render("/case-room/search", "Thanh tra", 503);

		assertThat(reads()).isEmpty();
	}

	@Test
	void refusesAPurposeLongerThanTheLimitBeforeAnythingIsRead() {
		MockHttpServletRequest request = request(CASE, "x".repeat(21));

		assertThatThrownBy(() -> this.audit.preHandle(request, new MockHttpServletResponse(), new Object()))
			.isInstanceOf(InvalidParameterException.class);
		assertThat(reads()).isEmpty();
	}

	private void render(String path, String purpose, int status) {
		MockHttpServletRequest request = request(path, purpose);
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.audit.preHandle(request, response, new Object())).isTrue();
		response.setStatus(status);
		this.audit.postHandle(request, response, new Object(), new ModelAndView("caseroom/case"));
	}

	private static MockHttpServletRequest request(String path, String purpose) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (purpose != null) {
			request.setParameter("purpose", purpose);
		}
		return request;
	}

	private List<DossierReadRecordedEvent> reads() {
		return this.storage.readEvents(null, false)
			.map((message) -> (DossierReadRecordedEvent) message.getPayload())
			.toList();
	}

}
