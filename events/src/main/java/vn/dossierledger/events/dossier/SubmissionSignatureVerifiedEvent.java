package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Ký số hồ sơ: the applicant's detached signature on a submitted document was verified,
 * with the outcome (valid, or why not).
 */
@Revision("1")
public record SubmissionSignatureVerifiedEvent(String dossierId, String componentCode, String documentSha256,
		SignatureCheck result, Actor actor, Instant occurredAt) implements DossierEvent {

}
