package vn.dossierledger.oversight.ledger;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification on demand: recomputes every dossier's chain from the stored events. It
 * lives beside the verifier because the query side may not read the oversight's packages.
 */
@RestController
@RequestMapping("/api/ledger/verification")
class LedgerVerificationController {

	private final LedgerVerifier verifier;

	LedgerVerificationController(LedgerVerifier verifier) {
		this.verifier = verifier;
	}

	@PostMapping
	VerificationReport verify() {
		return this.verifier.verifyAll();
	}

}
