package vn.dossierledger.query.redflag;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.redflag.FindRedFlagQuery;
import vn.dossierledger.events.query.redflag.FindRedFlagsQuery;
import vn.dossierledger.events.query.redflag.RedFlagDetailView;
import vn.dossierledger.events.query.redflag.RedFlagPage;
import vn.dossierledger.events.query.redflag.RedFlagSearchView;
import vn.dossierledger.events.query.redflag.SearchRedFlagsQuery;
import vn.dossierledger.projection.redflag.RedFlagReader;

/** Answers the red-flag queries from the read model and its search mirror. */
@Component
class RedFlagQueryHandlers {

	private final RedFlagReader reader;

	RedFlagQueryHandlers(RedFlagReader reader) {
		this.reader = reader;
	}

	@QueryHandler
	RedFlagPage handle(FindRedFlagsQuery query) {
		return this.reader.find(query);
	}

	@QueryHandler
	Optional<RedFlagDetailView> handle(FindRedFlagQuery query) {
		return this.reader.find(query.flagId());
	}

	@QueryHandler
	RedFlagSearchView handle(SearchRedFlagsQuery query) {
		return this.reader.search(query.text(), query.page(), query.size());
	}

}
