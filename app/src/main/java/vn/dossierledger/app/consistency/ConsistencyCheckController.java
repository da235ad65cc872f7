package vn.dossierledger.app.consistency;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.dossierledger.identity.Caller;
import vn.dossierledger.web.Problems;

/** The consistency check, for the admin: start one, read its report. */
@RestController
@RequestMapping("/api/admin/consistency-checks")
@Tag(name = "Consistency check",
		description = "Replay the event store into a scratch schema and scratch search indices and compare every read "
				+ "model with the live one")
class ConsistencyCheckController {

	private final ConsistencyChecker checker;

	ConsistencyCheckController(ConsistencyChecker checker) {
		this.checker = checker;
	}

	@PostMapping
	@Operation(summary = "Start a consistency check",
			description = "Answers at once with the check's id; read its report at the Location. The replay takes "
					+ "as long as a rebuild of every read model.")
	@ApiResponse(responseCode = "202", description = "Check started")
	@ApiResponse(responseCode = "409", description = "A check is already running")
	ResponseEntity<ConsistencyReport> start(@Parameter(hidden = true) Caller caller) {
		ConsistencyReport started = this.checker.start(caller.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/admin/consistency-checks/" + started.id()))
			.body(started);
	}

	@GetMapping
	@Operation(summary = "The recent checks, newest first")
	List<ConsistencyReport> reports() {
		return this.checker.reports();
	}

	@GetMapping("/{checkId}")
	@Operation(summary = "One check's report: RUNNING, CONSISTENT, DIFFERENT (each difference by table or search "
			+ "index, row or document, dossier and field), STORE_MOVING (differences while events kept coming), "
			+ "NOTHING_COMPARED or FAILED")
	@ApiResponse(responseCode = "200", description = "The report")
	@ApiResponse(responseCode = "404", description = "No recent check of that id")
	ConsistencyReport report(@PathVariable String checkId) {
		return this.checker.report(checkId)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.of(HttpStatus.NOT_FOUND, "consistency-check-not-found", "No such consistency check",
							"No recent consistency check has this id"),
					null));
	}

	@ExceptionHandler(ConsistencyChecker.CheckAlreadyRunningException.class)
	ProblemDetail alreadyRunning(ConsistencyChecker.CheckAlreadyRunningException running) {
		return Problems.of(HttpStatus.CONFLICT, "consistency-check-running", "A check is running",
				running.getMessage());
	}

}
