package vn.dossierledger.events.dossier.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.PersonalData;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;

/**
 * Submit a new dossier. The dossier code (mã hồ sơ) must be unique across the ledger; the
 * lookup secret is handed to the applicant and only its SHA-256 is kept.
 *
 * @param representative the authorised representative who submits on the applicant's
 * behalf, or null when the applicant submits in person
 */
public record SubmitDossierCommand(@TargetAggregateIdentifier String dossierId, String dossierCode,
		String procedureCode, Channel channel, SubjectRef applicant, PersonalData applicantData,
		SubjectRef representative, PersonalData representativeData, String authorisationRef,
		List<SubmittedDocument> documents, String lookupSecretSha256) {

}
