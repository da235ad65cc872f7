package vn.dossierledger.query.access;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.access.AccessReadPage;
import vn.dossierledger.events.query.access.FindAccessReadsQuery;
import vn.dossierledger.projection.access.AccessReadReader;

/** Answers the access audit's query from its read model. */
@Component
class AccessReadQueryHandler {

	private final AccessReadReader reader;

	AccessReadQueryHandler(AccessReadReader reader) {
		this.reader = reader;
	}

	@QueryHandler
	AccessReadPage handle(FindAccessReadsQuery query) {
		return this.reader.find(query);
	}

}
