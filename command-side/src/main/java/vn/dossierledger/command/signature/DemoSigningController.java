package vn.dossierledger.command.signature;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.identity.Caller;

/**
 * Signs a document hash as the calling officer or applicant, with a certificate of the
 * demo certificate authority, so that someone walking a dossier through
 * {@code requests.http} can attach a real signature to a decision. Exists only when the
 * demo CA is enabled.
 */
@RestController
@RequestMapping("/api/demo/signatures")
@ConditionalOnProperty(name = SignatureConfiguration.DEMO_CA_ENABLED, havingValue = "true")
@Tag(name = "Demo signatures", description = "The demo certificate authority, only when it is enabled")
class DemoSigningController {

	private final DemoCertificateAuthority authority;

	DemoSigningController(DemoCertificateAuthority authority) {
		this.authority = authority;
	}

	@PostMapping
	@Operation(summary = "Sign a document hash as the caller with a certificate of the demo certificate authority")
	DetachedSignature sign(@Valid @RequestBody SigningRequest request, @Parameter(hidden = true) Caller caller) {
		return this.authority.issueSigner(caller.actingAs("signer", request.signer()), KeyAlgorithm.EC_P256)
			.sign(request.documentSha256());
	}

	/**
	 * @param signer the caller's id, if named at all (used as the certificate's common
	 * name; RFC 5280 caps it at 64 characters)
	 * @param documentSha256 the document's SHA-256 as 64 lowercase hex characters
	 */
	record SigningRequest(@Size(max = 64) String signer, @NotNull @Pattern(regexp = DocumentHash.LOWERCASE_HEX_SHA256,
			message = "must be the document's SHA-256 as 64 lowercase hex characters") String documentSha256) {

	}

}
