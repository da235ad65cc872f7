package vn.dossierledger.command.signature;

import java.time.Instant;

import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.SignatureCheck;

/**
 * Checks a detached signature over a document hash against the trusted certificate
 * authorities. A bad signature is an outcome to record (DOMAIN §4.2: a failed validation
 * must lead to a reasoned refusal or supplement request), so implementations never throw
 * for one: they answer {@code valid=false} with the reason.
 */
public interface SignatureVerifier {

	/**
	 * @param documentSha256Hex the document's SHA-256, 64 lowercase hex characters
	 * @param signature the signature over the raw 32-byte digest
	 * @param at the instant at which the certificates must be valid (usually the signing
	 * or receipt time, so that a later expiry does not change a recorded fact)
	 * @return the outcome, with the signer certificate's details whenever it could be
	 * parsed
	 */
	SignatureCheck verify(String documentSha256Hex, DetachedSignature signature, Instant at);

}
