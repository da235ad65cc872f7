package vn.dossierledger.oversight.replay;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.dossierledger.oversight.replay.CaseReplayViews.CaseAsOf;
import vn.dossierledger.oversight.replay.CaseReplayViews.CaseDiff;
import vn.dossierledger.oversight.replay.CaseReplayViews.CaseHistory;
import vn.dossierledger.web.InvalidParameterException;
import vn.dossierledger.web.Problems;

/**
 * Case replay for inspectors: a dossier's history, its state at any point and the
 * difference between two points, all rebuilt from the event store. It lives beside the
 * replay, in the oversight module, because it reads the event store, which the query side
 * may not.
 */
@RestController
@RequestMapping("/api/dossiers/{dossierId}")
@Tag(name = "Case replay", description = "A dossier's history, its state at any point and what changed between two, "
		+ "rebuilt from the event store")
class CaseReplayController {

	private final CaseReplay replay;

	CaseReplayController(CaseReplay replay) {
		this.replay = replay;
	}

	@GetMapping("/history")
	@Operation(summary = "The case replayed from the event store, event by event, and each holder's working time")
	CaseHistory history(@PathVariable String dossierId) {
		return this.replay.history(dossierId);
	}

	/** Exactly one of {@code sequence} and {@code at} (business time, ISO-8601). */
	@GetMapping("/as-of")
	@Operation(summary = "The dossier's state after one of its events (sequence) or at a moment of business time (at)")
	CaseAsOf asOf(@PathVariable String dossierId,
			@Parameter(description = "the sequence of the last event to apply; give either this or at") @RequestParam(
					required = false) Long sequence,
			@Parameter(description = "business time, ISO-8601; give either this or sequence") @RequestParam(
					required = false) Instant at) {
		if ((sequence == null) == (at == null)) {
			throw new InvalidParameterException((sequence == null) ? "sequence" : "at",
					"Give exactly one of sequence and at");
		}
		return (sequence != null) ? this.replay.asOfSequence(dossierId, sequence) : this.replay.asOfTime(dossierId, at);
	}

	@GetMapping("/diff")
	@Operation(summary = "What changed between two of the dossier's events (by sequence), field by field")
	CaseDiff diff(@PathVariable String dossierId, @RequestParam long from, @RequestParam long to) {
		return this.replay.diff(dossierId, from, to);
	}

	@ExceptionHandler(CaseNotFoundException.class)
	ProblemDetail notFound(CaseNotFoundException failure) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "dossier-not-found",
				"No such dossier or point in its history", failure.getMessage());
		problem.setProperty("dossierId", failure.dossierId());
		return problem;
	}

}
