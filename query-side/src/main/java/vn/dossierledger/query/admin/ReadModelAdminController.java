package vn.dossierledger.query.admin;

import java.net.URI;
import java.security.Principal;
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
import vn.dossierledger.projection.admin.RebuildOperation;
import vn.dossierledger.projection.admin.RebuildOperations;
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

	/** The most rebuild operations one list answers. */
	static final int MOST_REBUILDS = 100;

	private final ReadModelAdmin readModels;

	private final RebuildOperations rebuilds;

	ReadModelAdminController(ReadModelAdmin readModels, RebuildOperations rebuilds) {
		this.readModels = readModels;
		this.rebuilds = rebuilds;
	}

	@GetMapping("/read-models")
	@Operation(summary = "Every streaming read model: running, replaying, errors, claimed segments, "
			+ "token position, head of the event store and lag (events behind)")
	List<ReadModelPosition> positions() {
		return this.readModels.positions();
	}

	@PostMapping("/read-models/{processingGroup}/rebuild")
	@Operation(
			summary = "Record a rebuild of one read model, then stop its processor, reset its tokens (its "
					+ "@ResetHandler clears the model) and start it again",
			description = "Answers the recorded operation once the group is reset; the model catches up in the "
					+ "background. Follow the operation at its Location until its state is FINISHED.")
	@ApiResponse(responseCode = "202", description = "Rebuild recorded and started; Location names the operation")
	@ApiResponse(responseCode = "404", description = "No streaming read model of that name (`unknown-read-model`)")
	@ApiResponse(responseCode = "409",
			description = "The processor does not support a reset (`reset-not-supported`); nothing was recorded")
	ResponseEntity<RebuildOperation> rebuild(@PathVariable String processingGroup,
			@Parameter(hidden = true) Principal caller) {
		return accepted(this.rebuilds.rebuild(List.of(processingGroup), caller.getName()));
	}

	@PostMapping("/read-models/rebuild")
	@Operation(summary = "Record a rebuild of every read model that supports a reset, then reset them one by one",
			description = "Answers the recorded operation once every group is reset; the models catch up in the "
					+ "background. Follow the operation at its Location until its state is FINISHED.")
	@ApiResponse(responseCode = "202", description = "Rebuild recorded and started; Location names the operation")
	ResponseEntity<RebuildOperation> rebuildAll(@Parameter(hidden = true) Principal caller) {
		return accepted(this.rebuilds.rebuildAll(caller.getName()));
	}

	@GetMapping("/rebuilds")
	@Operation(summary = "The recent rebuild operations, newest first: who asked, when, each group's state")
	List<RebuildOperation> rebuilds(@Parameter(description = "how many, at most " + MOST_REBUILDS) @RequestParam(
			defaultValue = "20") int limit) {
		return this.rebuilds.recent(Math.max(1, Math.min(limit, MOST_REBUILDS)));
	}

	@GetMapping("/rebuilds/{rebuildId}")
	@Operation(
			summary = "One rebuild operation: RUNNING until every group is caught up (FINISHED) or ended with "
					+ "a failed group (FAILED)",
			description = "A RUNNING operation that no process carries on was cut short: resume it.")
	@ApiResponse(responseCode = "200", description = "The operation as recorded")
	@ApiResponse(responseCode = "404", description = "No rebuild of that id (`unknown-rebuild`)")
	RebuildOperation rebuildOperation(@PathVariable String rebuildId) {
		return this.rebuilds.operation(rebuildId);
	}

	@PostMapping("/rebuilds/{rebuildId}/resume")
	@Operation(summary = "Carry an unfinished rebuild on, as start-up does",
			description = "Groups still pending are reset and replayed; groups already replaying go on. A finished "
					+ "operation is answered as it is.")
	@ApiResponse(responseCode = "202", description = "The operation, carried on")
	@ApiResponse(responseCode = "404", description = "No rebuild of that id (`unknown-rebuild`)")
	ResponseEntity<RebuildOperation> resume(@PathVariable String rebuildId) {
		return accepted(this.rebuilds.resume(rebuildId));
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

	private static ResponseEntity<RebuildOperation> accepted(RebuildOperation operation) {
		return ResponseEntity.accepted().location(URI.create("/api/admin/rebuilds/" + operation.id())).body(operation);
	}

}
