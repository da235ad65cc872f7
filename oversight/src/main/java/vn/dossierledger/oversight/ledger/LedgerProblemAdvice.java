package vn.dossierledger.oversight.ledger;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dossierledger.web.Problems;

/** problem+json for the seal, proof and evidence APIs. */
@RestControllerAdvice(assignableTypes = { SealController.class, EvidenceBundleController.class })
@Order(Ordered.HIGHEST_PRECEDENCE) // before the shared advice, which answers the rest
class LedgerProblemAdvice {

	@ExceptionHandler(LedgerProblemException.class)
	ProblemDetail problem(LedgerProblemException failure) {
		ProblemDetail problem = Problems.of(failure.status(), failure.type(), failure.title(), failure.getMessage());
		if (failure.parameter() != null) {
			problem.setProperty("parameter", failure.parameter());
		}
		return problem;
	}

}
