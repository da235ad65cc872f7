package vn.dossierledger.events.dossier.command;

/**
 * The most characters (Java {@code String.length()}) of every string, and the most
 * elements of every list, that a dossier command accepts: the one place they are written
 * down. The REST requests declare them with {@code @Size}; the command side refuses any
 * command over them before the aggregate applies anything, whoever sent it; the read
 * models' columns and index mappings are sized to hold them ({@code app}'s
 * {@code ReadModelsHoldFieldLimitsIT}, the index mapping tests). An interface only
 * because the published language holds no plain classes; it is never implemented.
 * <table>
 * <caption>Limits by command field</caption>
 * <tr>
 * <th>Field (in every command that has it)</th>
 * <th>Limit</th>
 * </tr>
 * <tr>
 * <td>{@code dossierId}</td>
 * <td>{@value #DOSSIER_ID}</td>
 * </tr>
 * <tr>
 * <td>{@code dossierCode}</td>
 * <td>{@value #DOSSIER_CODE}</td>
 * </tr>
 * <tr>
 * <td>{@code procedureCode}</td>
 * <td>{@value #PROCEDURE_CODE}</td>
 * </tr>
 * <tr>
 * <td>{@code actingOfficerId}, {@code toOfficerId}, {@code approvedByOfficerId}</td>
 * <td>{@value #OFFICER_ID}</td>
 * </tr>
 * <tr>
 * <td>{@code stepCode}</td>
 * <td>{@value #STEP_CODE}</td>
 * </tr>
 * <tr>
 * <td>subject references: {@code applicant}, {@code representative}, {@code submittedBy},
 * {@code requestedBy}, {@code ratedBy}, {@code recipient}</td>
 * <td>{@value #SUBJECT_REF}</td>
 * </tr>
 * <tr>
 * <td>{@code authorisationRef}</td>
 * <td>{@value #AUTHORISATION_REF}</td>
 * </tr>
 * <tr>
 * <td>personal data: {@code fullName} / {@code idNumber} / {@code address} /
 * {@code phone} / {@code email}</td>
 * <td>{@value #FULL_NAME} / {@value #ID_NUMBER} / {@value #ADDRESS} / {@value #PHONE} /
 * {@value #EMAIL}</td>
 * </tr>
 * <tr>
 * <td>{@code documents} (per command)</td>
 * <td>{@value #DOCUMENTS} documents</td>
 * </tr>
 * <tr>
 * <td>a document's {@code componentCode} / {@code name} / {@code sha256}</td>
 * <td>{@value #COMPONENT_CODE} / {@value #DOCUMENT_NAME} / {@value #SHA256_HEX}</td>
 * </tr>
 * <tr>
 * <td>a signature's {@code algorithm} / {@code signatureBase64}</td>
 * <td>{@value #SIGNATURE_ALGORITHM} / {@value #SIGNATURE_BASE64}</td>
 * </tr>
 * <tr>
 * <td>a signature's {@code certificateChainPem}</td>
 * <td>{@value #CERTIFICATE_CHAIN} certificates of {@value #CERTIFICATE_PEM} each</td>
 * </tr>
 * <tr>
 * <td>{@code items} of a supplement request</td>
 * <td>{@value #SUPPLEMENT_ITEMS} items</td>
 * </tr>
 * <tr>
 * <td>an item's {@code componentCode} / {@code issue}</td>
 * <td>{@value #COMPONENT_CODE} / {@value #ISSUE}</td>
 * </tr>
 * <tr>
 * <td>{@code reason}, {@code overrideReason}</td>
 * <td>{@value #REASON}</td>
 * </tr>
 * <tr>
 * <td>{@code legalBasis}</td>
 * <td>{@value #LEGAL_BASIS}</td>
 * </tr>
 * <tr>
 * <td>{@code note} (opinion)</td>
 * <td>{@value #NOTE}</td>
 * </tr>
 * <tr>
 * <td>{@code comment} (rating)</td>
 * <td>{@value #COMMENT}</td>
 * </tr>
 * <tr>
 * <td>{@code fees}</td>
 * <td>{@value #FEES} fee lines</td>
 * </tr>
 * <tr>
 * <td>a fee line's {@code code} / {@code name}</td>
 * <td>{@value #FEE_CODE} / {@value #FEE_NAME}</td>
 * </tr>
 * <tr>
 * <td>{@code transactionId}, {@code eReceiptNumber}</td>
 * <td>{@value #TRANSACTION_ID} / {@value #E_RECEIPT_NUMBER}</td>
 * </tr>
 * <tr>
 * <td>{@code resultDocumentCode}, {@code issueNumber}</td>
 * <td>{@value #RESULT_DOCUMENT_CODE} / {@value #ISSUE_NUMBER}</td>
 * </tr>
 * <tr>
 * <td>{@code documentSha256}, {@code resultDocumentSha256},
 * {@code lookupSecretSha256}</td>
 * <td>{@value #SHA256_HEX}</td>
 * </tr>
 * </table>
 */
public interface FieldLimits {

	/** A dossier's aggregate id (a UUID from the REST API). */
	int DOSSIER_ID = 64;

	/** The mã hồ sơ. */
	int DOSSIER_CODE = 64;

	/** A catalogue procedure code (MaTTHC). */
	int PROCEDURE_CODE = 32;

	/** An officer of the registry. */
	int OFFICER_ID = 64;

	/** A step of a procedure's workflow. */
	int STEP_CODE = 64;

	/** A pseudonymous reference to an applicant, representative or recipient. */
	int SUBJECT_REF = 128;

	/** The reference of a recorded authorisation (giấy ủy quyền). */
	int AUTHORISATION_REF = 128;

	int FULL_NAME = 200;

	int ID_NUMBER = 32;

	int ADDRESS = 500;

	int PHONE = 32;

	/** RFC 5321's longest forward path. */
	int EMAIL = 254;

	/** Documents submitted, supplied or received by one command. */
	int DOCUMENTS = 20;

	/** A checklist component code of the catalogue. */
	int COMPONENT_CODE = 32;

	int DOCUMENT_NAME = 256;

	/** A SHA-256 in lowercase hex. */
	int SHA256_HEX = 64;

	/** A JCA signature algorithm name. */
	int SIGNATURE_ALGORITHM = 64;

	/** Room for an RSA-8192 signature. */
	int SIGNATURE_BASE64 = 2048;

	/** The signer's certificate and its intermediates. */
	int CERTIFICATE_CHAIN = 5;

	/** One PEM certificate. */
	int CERTIFICATE_PEM = 8192;

	/** Lines of one supplement request. */
	int SUPPLEMENT_ITEMS = 20;

	/** What is wrong with one supplement item. */
	int ISSUE = 1000;

	/**
	 * A written reason (refusal, supplement, stop, refund, apology, withdrawal,
	 * override).
	 */
	int REASON = 2000;

	int LEGAL_BASIS = 1000;

	/** An appraisal opinion's note. */
	int NOTE = 4000;

	/** A satisfaction rating's comment. */
	int COMMENT = 2000;

	/** Fee lines of one financial obligation. */
	int FEES = 10;

	int FEE_CODE = 32;

	int FEE_NAME = 256;

	/** A payment gateway's transaction id. */
	int TRANSACTION_ID = 64;

	int E_RECEIPT_NUMBER = 64;

	int RESULT_DOCUMENT_CODE = 64;

	int ISSUE_NUMBER = 64;

}
