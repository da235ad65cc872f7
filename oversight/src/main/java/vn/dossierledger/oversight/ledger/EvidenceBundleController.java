package vn.dossierledger.oversight.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence bundles for inspectors: the file to keep, hand over, and check offline with
 * {@link VerifyEvidenceBundle}.
 */
@RestController
@Tag(name = "Evidence bundles", description = "A dossier's signed, self-verifying case history")
class EvidenceBundleController {

	private final EvidenceBundleExporter exporter;

	EvidenceBundleController(EvidenceBundleExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping("/api/dossiers/{dossierId}/evidence")
	@Operation(summary = "Export the dossier's case history as a signed evidence bundle (canonical JSON: keep the"
			+ " bytes as they are)")
	ResponseEntity<byte[]> export(@PathVariable String dossierId) {
		byte[] bundle = this.exporter.export(dossierId);
		if (bundle == null) {
			throw new LedgerProblemException(HttpStatus.NOT_FOUND, "unknown-dossier", "Unknown dossier",
					"No event is stored for dossier " + dossierId + ".");
		}
		return EvidenceBundleExporter.attachment(dossierId, bundle);
	}

}
