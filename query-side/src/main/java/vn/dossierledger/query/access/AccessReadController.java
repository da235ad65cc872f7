package vn.dossierledger.query.access;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dossierledger.events.query.access.AccessReadPage;
import vn.dossierledger.events.query.access.FindAccessReadsQuery;
import vn.dossierledger.web.PageParameters;
import vn.dossierledger.web.TimeParameters;

/** The access audit for oversight: who read which dossier, when, and why. */
@RestController
@Tag(name = "Access audit", description = "Officials' reads of dossiers, recorded in the ledger")
class AccessReadController {

	private static final int MAX_PAGE_SIZE = 200;

	private final QueryGateway queries;

	AccessReadController(QueryGateway queries) {
		this.queries = queries;
	}

	@GetMapping("/api/audit/access-reads")
	@Operation(summary = "Officials' recorded reads of dossiers, newest first, filtered by dossier, reader, "
			+ "outside the reader's unit, and period")
	AccessReadPage reads(@RequestParam(required = false) String dossierId,
			@RequestParam(required = false) String readerId,
			@Parameter(description = "only reads of dossiers that had never been with the reader's unit "
					+ "(true) or only the others (false)") @RequestParam(required = false) Boolean outsideReaderUnit,
			@Parameter(description = "read at or after (ISO instant)") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "read before (ISO instant)") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageParameters.require(page, size, MAX_PAGE_SIZE, PageParameters.DATABASE_WINDOW);
		TimeParameters.requireComparable("from", from);
		TimeParameters.requireComparable("to", to);
		return this.queries
			.query(new FindAccessReadsQuery(blankToNull(dossierId), blankToNull(readerId), outsideReaderUnit, from, to,
					page, size), AccessReadPage.class)
			.join();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
