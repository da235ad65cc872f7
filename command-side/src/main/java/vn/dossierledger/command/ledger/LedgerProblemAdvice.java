package vn.dossierledger.command.ledger;

import java.net.URI;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for the seal, proof and evidence APIs. */
@RestControllerAdvice(assignableTypes = { SealController.class, EvidenceBundleController.class })
class LedgerProblemAdvice {

	@ExceptionHandler(LedgerProblemException.class)
	ProblemDetail problem(LedgerProblemException failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), failure.getMessage());
		problem.setType(URI.create("https://dossier-ledger.vn/problems/" + failure.type()));
		problem.setTitle(failure.title());
		return problem;
	}

}
