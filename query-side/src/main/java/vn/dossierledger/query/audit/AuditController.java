package vn.dossierledger.query.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dossierledger.events.query.audit.AuditSearchView;
import vn.dossierledger.events.query.audit.DossierAuditView;
import vn.dossierledger.events.query.audit.FindAuditEventsQuery;
import vn.dossierledger.events.query.audit.FindDossierAuditQuery;
import vn.dossierledger.web.InvalidParameterException;
import vn.dossierledger.web.PageParameters;
import vn.dossierledger.web.TimeParameters;

/** Audit search for oversight; talks only to the query gateway. */
@RestController
@RequestMapping("/api")
@Tag(name = "Audit history", description = "Every dossier event, searchable with or without Vietnamese diacritics")
class AuditController {

	private static final int MAX_PAGE_SIZE = 100;

	private final QueryGateway queries;

	AuditController(QueryGateway queries) {
		this.queries = queries;
	}

	@GetMapping("/audit/events")
	@Operation(summary = "Search the audit history",
			description = "q matches reasons, legal basis, notes, supplement items and officers' names, with or "
					+ "without diacritics (\"bo sung\" finds \"bổ sung\"); all words must occur. Hits are "
					+ "ordered by business time; facets count all hits per event type, role, unit, agency and "
					+ "procedure.")
	@ApiResponse(responseCode = "200", description = "The hits of the page, with the facets of all hits")
	@ApiResponse(responseCode = "503", description = "Elasticsearch is unavailable")
	AuditSearchView search(@Parameter(description = "Words to find") @RequestParam(required = false) String q,
			@RequestParam(required = false) String dossierId, @RequestParam(required = false) String dossierCode,
			@RequestParam(required = false) String actorId,
			@Parameter(description = "Actor role, e.g. SPECIALIST") @RequestParam(required = false) String role,
			@RequestParam(required = false) String unitId, @RequestParam(required = false) String agencyId,
			@Parameter(description = "e.g. IntakeSupplementRequested") @RequestParam(required = false) String eventType,
			@RequestParam(required = false) String procedureCode,
			@Parameter(description = "Business time from (inclusive), ISO-8601") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "Business time to (exclusive), ISO-8601") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageParameters.require(page, size, MAX_PAGE_SIZE, PageParameters.SEARCH_WINDOW);
		TimeParameters.requireComparable("from", from);
		TimeParameters.requireComparable("to", to);
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidParameterException("from", "from must be before to");
		}
		FindAuditEventsQuery query = new FindAuditEventsQuery(q, dossierId, dossierCode, actorId, role, unitId,
				agencyId, eventType, procedureCode, from, to, page, size);
		return this.queries.query(query, AuditSearchView.class).join();
	}

	@GetMapping("/dossiers/{dossierId}/audit")
	@Operation(
			summary = "A dossier's full audit history in event order, with the working time held before " + "each step")
	@ApiResponse(responseCode = "200", description = "The dossier's audit history")
	@ApiResponse(responseCode = "404", description = "No audit history for this dossier")
	@ApiResponse(responseCode = "503", description = "Elasticsearch is unavailable")
	DossierAuditView history(@PathVariable String dossierId) {
		return this.queries
			.query(new FindDossierAuditQuery(dossierId), ResponseTypes.optionalInstanceOf(DossierAuditView.class))
			.join()
			.orElseThrow(() -> new AuditHistoryNotFoundException(dossierId));
	}

}
