package vn.dossierledger.events.dossier;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Nộp hồ sơ: a dossier was submitted under the procedure version in force. The lookup
 * secret given to the applicant is stored only as its SHA-256.
 */
@Revision("1")
public record DossierSubmittedEvent(String dossierId, String dossierCode, String procedureCode, String procedureVersion,
		Channel channel, SubjectRef applicant, PersonalData applicantData, SubjectRef representative,
		PersonalData representativeData, String authorisationRef, List<SubmittedDocument> documents,
		String lookupSecretSha256, Actor actor, Instant occurredAt) implements DossierEvent {

}
