package vn.dossierledger.query.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dossierledger.projection.admin.ResetNotSupportedException;
import vn.dossierledger.projection.admin.UnknownReadModelException;
import vn.dossierledger.projection.admin.UnknownRebuildException;
import vn.dossierledger.web.Problems;

/** problem+json for the admin API. */
@RestControllerAdvice(assignableTypes = ReadModelAdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the shared advice, which answers the rest
class ReadModelAdminProblemAdvice {

	@ExceptionHandler(UnknownReadModelException.class)
	ProblemDetail unknown(UnknownReadModelException failure) {
		return problem(HttpStatus.NOT_FOUND, "unknown-read-model", "No such read model", failure.getMessage(),
				failure.processingGroup());
	}

	@ExceptionHandler(ResetNotSupportedException.class)
	ProblemDetail resetNotSupported(ResetNotSupportedException failure) {
		return problem(HttpStatus.CONFLICT, "reset-not-supported", "The read model cannot be reset",
				failure.getMessage(), failure.processingGroup());
	}

	@ExceptionHandler(UnknownRebuildException.class)
	ProblemDetail unknownRebuild(UnknownRebuildException failure) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "unknown-rebuild", "No such rebuild",
				failure.getMessage());
		problem.setProperty("rebuildId", failure.rebuildId());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
			String processingGroup) {
		ProblemDetail problem = Problems.of(status, type, title, detail);
		problem.setProperty("processingGroup", processingGroup);
		return problem;
	}

}
