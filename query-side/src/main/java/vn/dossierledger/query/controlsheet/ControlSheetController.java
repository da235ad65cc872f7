package vn.dossierledger.query.controlsheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.dossierledger.events.query.controlsheet.ControlSheetView;
import vn.dossierledger.events.query.controlsheet.FindControlSheetQuery;
import vn.dossierledger.web.Problems;

/** The process control sheet of a dossier; talks only to the query gateway. */
@RestController
@Tag(name = "Control sheet", description = "Phiếu kiểm soát quá trình giải quyết hồ sơ")
class ControlSheetController {

	private final QueryGateway queries;

	ControlSheetController(QueryGateway queries) {
		this.queries = queries;
	}

	@GetMapping("/api/dossiers/{dossierId}/control-sheet")
	@Operation(summary = "One row per hand-over: giver, receiver, time, step deadline, early / on time / late")
	ResponseEntity<?> controlSheet(@PathVariable String dossierId) {
		return this.queries
			.query(new FindControlSheetQuery(dossierId), ResponseTypes.optionalInstanceOf(ControlSheetView.class))
			.join()
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> notFound(dossierId));
	}

	private static ResponseEntity<ProblemDetail> notFound(String dossierId) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "dossier-not-found", "No such dossier",
				"No control sheet for dossier " + dossierId);
		problem.setProperty("dossierId", dossierId);
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
