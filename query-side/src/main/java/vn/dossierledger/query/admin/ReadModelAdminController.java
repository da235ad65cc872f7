package vn.dossierledger.query.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dossierledger.projection.admin.DeadLetterSequence;
import vn.dossierledger.projection.admin.ReadModelAdmin;
import vn.dossierledger.projection.admin.ReadModelPosition;
import vn.dossierledger.projection.admin.RebuildStarted;
import vn.dossierledger.projection.admin.RetryOutcome;

/**
 * Operating the read models. Unlike the rest of the query side this controller does not
 * go through the {@code QueryGateway}: it is operations on Axon's processors and
 * dead-letter queues (stop, reset, start, retry), not a domain query, so it talks to them
 * directly through {@link ReadModelAdmin}.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Read-model operations", description = "Rebuild, position and lag, dead letters")
class ReadModelAdminController {

	private final ReadModelAdmin readModels;

	ReadModelAdminController(ReadModelAdmin readModels) {
		this.readModels = readModels;
	}

	@GetMapping("/read-models")
	@Operation(summary = "Every streaming read model: running, replaying, errors, claimed segments, "
			+ "token position, head of the event store and lag (events behind)")
	List<ReadModelPosition> positions() {
		return this.readModels.positions();
	}

	@PostMapping("/read-models/{processingGroup}/rebuild")
	@Operation(summary = "Stop the processor, reset its tokens (its @ResetHandler clears the model), start it again",
			description = "Answers at once; the model catches up in the background (watch its lag).")
	@ApiResponse(responseCode = "202", description = "Rebuild started")
	@ApiResponse(responseCode = "404", description = "No streaming read model of that name")
	@ApiResponse(responseCode = "409", description = "The processor does not support a reset")
	ResponseEntity<RebuildStarted> rebuild(@PathVariable String processingGroup) {
		return ResponseEntity.accepted().body(this.readModels.rebuild(processingGroup));
	}

	@PostMapping("/read-models/rebuild")
	@Operation(summary = "Rebuild every read model that supports a reset")
	@ApiResponse(responseCode = "202", description = "Rebuilds started")
	ResponseEntity<List<RebuildStarted>> rebuildAll() {
		return ResponseEntity.accepted().body(this.readModels.rebuildAll());
	}

	@GetMapping("/dead-letters")
	@Operation(summary = "Parked sequences and their letters: event, dossier, cause, enqueued and last touched")
	List<DeadLetterSequence> deadLetters(
			@Parameter(description = "one processing group; all when absent") @RequestParam(
					required = false) String processingGroup) {
		return this.readModels.deadLetters(processingGroup);
	}

	@PostMapping("/dead-letters/{processingGroup}/retry")
	@Operation(summary = "Retry parked sequences until none is left or a whole round succeeds nowhere")
	RetryOutcome retry(@PathVariable String processingGroup) {
		return this.readModels.retry(processingGroup);
	}

	@PostMapping("/dead-letters/{processingGroup}/retry/{sequenceIdentifier}")
	@Operation(summary = "Retry one parked sequence (its identifier is the dossier id)")
	RetryOutcome retry(@PathVariable String processingGroup, @PathVariable String sequenceIdentifier) {
		return this.readModels.retry(processingGroup, sequenceIdentifier);
	}

}
