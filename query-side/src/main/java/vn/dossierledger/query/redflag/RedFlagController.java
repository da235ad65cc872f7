package vn.dossierledger.query.redflag;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dossierledger.events.query.redflag.FindRedFlagQuery;
import vn.dossierledger.events.query.redflag.FindRedFlagsQuery;
import vn.dossierledger.events.query.redflag.RedFlagDetailView;
import vn.dossierledger.events.query.redflag.RedFlagPage;
import vn.dossierledger.events.query.redflag.RedFlagSearchView;
import vn.dossierledger.events.query.redflag.SearchRedFlagsQuery;
import vn.dossierledger.web.PageParameters;
import vn.dossierledger.web.TimeParameters;
import vn.dossierledger.web.Problems;

/** Red flags for inspectors (DOMAIN §5.2); talks only to the query gateway. */
@RestController
@RequestMapping("/api/red-flags")
@Tag(name = "Red flags", description = "Computable red flags of DOMAIN §5.2 for oversight")
class RedFlagController {

	private static final int MAX_PAGE_SIZE = 200;

	private final QueryGateway queries;

	RedFlagController(QueryGateway queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "Flags filtered by rule, unit, agency, officer, dossier, open/closed and raised-at period, "
			+ "newest first, with the count per rule")
	ResponseEntity<?> list(@Parameter(description = "rule id, e.g. F4") @RequestParam(required = false) String rule,
			@RequestParam(required = false) String unitId, @RequestParam(required = false) String agencyId,
			@RequestParam(required = false) String officerId, @RequestParam(required = false) String dossierId,
			@RequestParam(required = false) Boolean open,
			@Parameter(description = "raised at or after (ISO instant)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "raised before (ISO instant)") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageParameters.require(page, size, MAX_PAGE_SIZE, PageParameters.DATABASE_WINDOW);
		TimeParameters.requireComparable("from", from);
		TimeParameters.requireComparable("to", to);
		FindRedFlagsQuery query = new FindRedFlagsQuery(blankToNull(rule), blankToNull(unitId), blankToNull(agencyId),
				blankToNull(officerId), blankToNull(dossierId), open, from, to, page, size);
		return ResponseEntity.ok(this.queries.query(query, RedFlagPage.class).join());
	}

	@GetMapping("/search")
	@Operation(summary = "Full-text search over the flags in Elasticsearch (with or without Vietnamese diacritics), "
			+ "with facet counts per rule; 503 when the index cannot be reached")
	@ApiResponse(responseCode = "200", description = "The hits of the page, with the facet counts",
			content = @Content(schema = @Schema(implementation = RedFlagSearchView.class)))
	@ApiResponse(responseCode = "503", description = "The search index cannot be reached (`search-unavailable`)")
	ResponseEntity<?> search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageParameters.require(page, size, MAX_PAGE_SIZE, PageParameters.SEARCH_WINDOW);
		RedFlagSearchView result = this.queries.query(new SearchRedFlagsQuery(q, page, size), RedFlagSearchView.class)
			.join();
		if (!result.available()) {
			ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable",
					"Search index unavailable", result.unavailableReason());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
		}
		return ResponseEntity.ok(result);
	}

	@GetMapping("/{flagId}")
	@Operation(summary = "One flag with its evidence events (type, business and recorded time, actor)")
	@ApiResponse(responseCode = "200", description = "The flag",
			content = @Content(schema = @Schema(implementation = RedFlagDetailView.class)))
	@ApiResponse(responseCode = "404", description = "No such red flag (`red-flag-not-found`)")
	ResponseEntity<?> flag(@PathVariable String flagId) {
		return this.queries
			.query(new FindRedFlagQuery(flagId), ResponseTypes.optionalInstanceOf(RedFlagDetailView.class))
			.join()
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> {
				ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "red-flag-not-found", "No such red flag",
						"No red flag " + flagId);
				problem.setProperty("flagId", flagId);
				return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
			});
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
