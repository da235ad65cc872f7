package vn.dossierledger.oversight.ledger;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
	@ApiResponse(responseCode = "200", description = "The seal")
	@ApiResponse(responseCode = "404", description = "No block is sealed yet (`no-seal-yet`)")
	Seal latestSeal() {
		return this.proofs.latestSeal();
	}

	@GetMapping("/seals/{treeSize}")
	@Operation(summary = "The seal of a given tree size (number of sealed blocks)")
	@ApiResponse(responseCode = "200", description = "The seal")
	@ApiResponse(responseCode = "404", description = "No seal of that tree size (`unknown-seal`)")
	Seal seal(@PathVariable long treeSize) {
		return this.proofs.seal(treeSize);
	}

	@GetMapping("/seals/consistency")
	@Operation(summary = "Proof that seal 'to' only appended to seal 'from'")
	@ApiResponse(responseCode = "200", description = "The consistency proof")
	@ApiResponse(responseCode = "404", description = "No seal of one of the tree sizes (`unknown-seal`)")
	ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
		return this.proofs.consistency(from, to);
	}

	@GetMapping("/events/{eventId}/inclusion")
	@Operation(summary = "Proof that an event is under a seal (the latest unless treeSize is given)")
	@ApiResponse(responseCode = "200", description = "The inclusion proof")
	@ApiResponse(responseCode = "404",
			description = "The event is not in the ledger (`event-not-in-ledger`), or there is no such seal "
					+ "(`unknown-seal`, `no-seal-yet`)")
	@ApiResponse(responseCode = "409", description = "The event's block is not sealed yet (`event-not-yet-sealed`)")
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
