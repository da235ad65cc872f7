package vn.dossierledger.oversight.ledger;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's signed seals and the proofs that go with them, for anyone who keeps a seal
 * and wants to check later history against it.
 */
@RestController
@RequestMapping("/api/ledger")
@Tag(name = "Ledger seals", description = "Signed Merkle tree heads, inclusion and consistency proofs (RFC 9162)")
class SealController {

	private final SealProofs proofs;

	SealController(SealProofs proofs) {
		this.proofs = proofs;
	}

	@GetMapping("/seals/latest")
	@Operation(summary = "The latest signed seal")
	Seal latestSeal() {
		return this.proofs.latestSeal();
	}

	@GetMapping("/seals/{treeSize}")
	@Operation(summary = "The seal of a given tree size (number of sealed blocks)")
	Seal seal(@PathVariable long treeSize) {
		return this.proofs.seal(treeSize);
	}

	@GetMapping("/seals/consistency")
	@Operation(summary = "Proof that seal 'to' only appended to seal 'from'")
	ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
		return this.proofs.consistency(from, to);
	}

	@GetMapping("/events/{eventId}/inclusion")
	@Operation(summary = "Proof that an event is under a seal (the latest unless treeSize is given)")
	InclusionProof inclusion(@PathVariable String eventId, @RequestParam Optional<Long> treeSize) {
		return this.proofs.inclusion(eventId, treeSize);
	}

	@GetMapping("/public-key")
	@Operation(summary = "The key that signs seals and evidence bundles now")
	LedgerPublicKey publicKey() {
		return this.proofs.publicKey();
	}

	@GetMapping("/public-keys")
	@Operation(summary = "Every key that has signed a seal")
	List<LedgerPublicKey> everyPublicKey() {
		return this.proofs.everyPublicKey();
	}

}
