package vn.dossierledger.oversight.ledger;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Verification on demand: recomputes every dossier's chain from the stored events. It
 * lives beside the verifier because the query side may not read the oversight's packages.
 */
@RestController
@RequestMapping("/api/ledger/verification")
@Tag(name = "Ledger seals")
class LedgerVerificationController {

	private final LedgerVerifier verifier;

	LedgerVerificationController(LedgerVerifier verifier) {
		this.verifier = verifier;
	}

	@PostMapping
	@Operation(summary = "Recompute every dossier's hash chain and every seal now: the mismatches (none when intact)")
	VerificationReport verify() {
		return this.verifier.verifyAll();
	}

}
