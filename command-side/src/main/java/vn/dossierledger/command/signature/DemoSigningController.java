package vn.dossierledger.command.signature;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dossierledger.events.dossier.DetachedSignature;

/**
 * Signs a document hash as a named officer or applicant of the demo certificate
 * authority, so that someone walking a dossier through {@code requests.http} can attach a
 * real signature to a decision. Exists only when the demo CA is enabled.
 */
@RestController
@RequestMapping("/api/demo/signatures")
@ConditionalOnProperty(name = SignatureConfiguration.DEMO_CA_ENABLED, havingValue = "true")
class DemoSigningController {

	private final DemoCertificateAuthority authority;

	DemoSigningController(DemoCertificateAuthority authority) {
		this.authority = authority;
	}

	@PostMapping
	DetachedSignature sign(@Valid @RequestBody SigningRequest request) {
		return this.authority.issueSigner(request.signer(), KeyAlgorithm.EC_P256).sign(request.documentSha256());
	}

	/**
	 * @param signer the officer or applicant id, used as the certificate's common name
	 * (RFC 5280 caps it at 64 characters)
	 * @param documentSha256 the document's SHA-256 as 64 lowercase hex characters
	 */
	record SigningRequest(@NotBlank @Size(max = 64) String signer,
			@NotNull @Pattern(regexp = DocumentHash.LOWERCASE_HEX_SHA256,
					message = "must be the document's SHA-256 as 64 lowercase hex characters") String documentSha256) {

	}

}
