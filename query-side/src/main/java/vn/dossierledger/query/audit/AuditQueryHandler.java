package vn.dossierledger.query.audit;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.audit.AuditSearchView;
import vn.dossierledger.events.query.audit.DossierAuditView;
import vn.dossierledger.events.query.audit.FindAuditEventsQuery;
import vn.dossierledger.events.query.audit.FindDossierAuditQuery;
import vn.dossierledger.projection.audit.AuditIndexUnavailableException;
import vn.dossierledger.projection.audit.AuditSearch;

/** Answers the audit queries from the Elasticsearch audit index. */
@Component
class AuditQueryHandler {

	private final AuditSearch search;

	AuditQueryHandler(AuditSearch search) {
		this.search = search;
	}

	@QueryHandler
	AuditSearchView handle(FindAuditEventsQuery query) {
		try {
			return this.search.search(query);
		}
		catch (AuditIndexUnavailableException ex) {
			throw new AuditSearchUnavailableException(ex);
		}
	}

	/** Empty for a dossier without audit documents. */
	@QueryHandler
	Optional<DossierAuditView> handle(FindDossierAuditQuery query) {
		try {
			return this.search.history(query.dossierId());
		}
		catch (AuditIndexUnavailableException ex) {
			throw new AuditSearchUnavailableException(ex);
		}
	}

}
