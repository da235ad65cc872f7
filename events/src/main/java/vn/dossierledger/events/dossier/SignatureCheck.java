package vn.dossierledger.events.dossier;

import java.time.Instant;

/**
 * The outcome of verifying a detached signature against the configured trust anchors.
 *
 * @param valid whether the signature and certificate path verified
 * @param failureReason why not, when not valid
 * @param certificateSerial the signer certificate's serial number (hex)
 * @param issuer the signer certificate's issuer distinguished name
 * @param subject the signer certificate's subject distinguished name
 */
public record SignatureCheck(boolean valid, String failureReason, String algorithm, String certificateSerial,
		String issuer, String subject, Instant verifiedAt) {

}
