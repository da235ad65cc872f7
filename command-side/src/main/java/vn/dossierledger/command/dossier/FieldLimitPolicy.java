package vn.dossierledger.command.dossier;

import static java.util.Map.entry;
import static vn.dossierledger.events.dossier.command.FieldLimits.ADDRESS;
import static vn.dossierledger.events.dossier.command.FieldLimits.AUTHORISATION_REF;
import static vn.dossierledger.events.dossier.command.FieldLimits.CERTIFICATE_CHAIN;
import static vn.dossierledger.events.dossier.command.FieldLimits.CERTIFICATE_PEM;
import static vn.dossierledger.events.dossier.command.FieldLimits.COMMENT;
import static vn.dossierledger.events.dossier.command.FieldLimits.COMPONENT_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOCUMENTS;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOCUMENT_NAME;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.EMAIL;
import static vn.dossierledger.events.dossier.command.FieldLimits.E_RECEIPT_NUMBER;
import static vn.dossierledger.events.dossier.command.FieldLimits.FEES;
import static vn.dossierledger.events.dossier.command.FieldLimits.FEE_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.FEE_NAME;
import static vn.dossierledger.events.dossier.command.FieldLimits.FULL_NAME;
import static vn.dossierledger.events.dossier.command.FieldLimits.ID_NUMBER;
import static vn.dossierledger.events.dossier.command.FieldLimits.ISSUE;
import static vn.dossierledger.events.dossier.command.FieldLimits.ISSUE_NUMBER;
import static vn.dossierledger.events.dossier.command.FieldLimits.LEGAL_BASIS;
import static vn.dossierledger.events.dossier.command.FieldLimits.NOTE;
import static vn.dossierledger.events.dossier.command.FieldLimits.OFFICER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.PHONE;
import static vn.dossierledger.events.dossier.command.FieldLimits.PROCEDURE_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.REASON;
import static vn.dossierledger.events.dossier.command.FieldLimits.RESULT_DOCUMENT_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.SHA256_HEX;
import static vn.dossierledger.events.dossier.command.FieldLimits.SIGNATURE_ALGORITHM;
import static vn.dossierledger.events.dossier.command.FieldLimits.SIGNATURE_BASE64;
import static vn.dossierledger.events.dossier.command.FieldLimits.STEP_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.SUBJECT_REF;
import static vn.dossierledger.events.dossier.command.FieldLimits.SUPPLEMENT_ITEMS;
import static vn.dossierledger.events.dossier.command.FieldLimits.TRANSACTION_ID;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dossierledger.command.dossier.InvalidFieldsDetails.InvalidField;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.command.FieldLimits;

/**
 * Every string and list of a dossier command within its {@link FieldLimits}, checked
 * before the aggregate is even loaded: a command over a limit stores nothing, whoever
 * sent it (REST, the demo province, any command gateway). Fields are found by walking the
 * command record, so a field added to a command without a limit here is refused, not let
 * through ({@code FieldLimitPolicyTest} sends every command with each field too long).
 */
final class FieldLimitPolicy {

	/** The package of the commands this policy guards. */
	static final String COMMANDS = FieldLimits.class.getPackageName();

	/**
	 * A command's own field by its name; a field of a value type as {@code Type.field}; a
	 * list's string elements as {@code field[]}; a subject reference, wherever it is, as
	 * {@code SubjectRef}.
	 */
	private static final Map<String, Integer> LIMITS = Map.ofEntries(entry("dossierId", DOSSIER_ID),
			entry("dossierCode", DOSSIER_CODE), entry("procedureCode", PROCEDURE_CODE),
			entry("actingOfficerId", OFFICER_ID), entry("toOfficerId", OFFICER_ID),
			entry("approvedByOfficerId", OFFICER_ID), entry("stepCode", STEP_CODE), entry("SubjectRef", SUBJECT_REF),
			entry("authorisationRef", AUTHORISATION_REF), entry("PersonalData.fullName", FULL_NAME),
			entry("PersonalData.idNumber", ID_NUMBER), entry("PersonalData.address", ADDRESS),
			entry("PersonalData.phone", PHONE), entry("PersonalData.email", EMAIL), entry("documents", DOCUMENTS),
			entry("SubmittedDocument.componentCode", COMPONENT_CODE), entry("SubmittedDocument.name", DOCUMENT_NAME),
			entry("SubmittedDocument.sha256", SHA256_HEX), entry("DetachedSignature.algorithm", SIGNATURE_ALGORITHM),
			entry("DetachedSignature.signatureBase64", SIGNATURE_BASE64),
			entry("DetachedSignature.certificateChainPem", CERTIFICATE_CHAIN),
			entry("DetachedSignature.certificateChainPem[]", CERTIFICATE_PEM), entry("items", SUPPLEMENT_ITEMS),
			entry("SupplementItem.componentCode", COMPONENT_CODE), entry("SupplementItem.issue", ISSUE),
			entry("reason", REASON), entry("overrideReason", REASON), entry("legalBasis", LEGAL_BASIS),
			entry("note", NOTE), entry("comment", COMMENT), entry("fees", FEES), entry("FeeLine.code", FEE_CODE),
			entry("FeeLine.name", FEE_NAME), entry("transactionId", TRANSACTION_ID),
			entry("eReceiptNumber", E_RECEIPT_NUMBER), entry("resultDocumentCode", RESULT_DOCUMENT_CODE),
			entry("issueNumber", ISSUE_NUMBER), entry("documentSha256", SHA256_HEX),
			entry("resultDocumentSha256", SHA256_HEX), entry("lookupSecretSha256", SHA256_HEX));

	/** Values that carry no string or list (enums too). */
	private static final Set<Class<?>> SCALARS = Set.of(Long.class, Integer.class, Boolean.class, Instant.class,
			LocalDate.class);

	private FieldLimitPolicy() {
	}

	/** Refuses a dossier command with any field over its limit; other messages pass. */
	static void requireWithinLimits(Object command) {
		List<InvalidField> invalid = check(command);
		if (!invalid.isEmpty()) {
			throw new FieldLimitViolation(invalid);
		}
	}

	/** The fields of a dossier command over their limits, named as in the command. */
	static List<InvalidField> check(Object command) {
		List<InvalidField> invalid = new ArrayList<>();
		if (command instanceof Record record && command.getClass().getPackageName().equals(COMMANDS)) {
			walk(record, "", true, invalid);
		}
		return invalid;
	}

	private static void walk(Record record, String prefix, boolean isCommand, List<InvalidField> invalid) {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			String key = isCommand ? component.getName()
					: record.getClass().getSimpleName() + "." + component.getName();
			value(valueOf(record, component), prefix + component.getName(), key, invalid);
		}
	}

	private static void value(Object value, String field, String key, List<InvalidField> invalid) {
		if (value == null || value instanceof Enum<?> || SCALARS.contains(value.getClass())) {
			return;
		}
		if (value instanceof SubjectRef subject) {
			text(subject.value(), field, "SubjectRef", invalid);
		}
		else if (value instanceof String text) {
			text(text, field, key, invalid);
		}
		else if (value instanceof List<?> list) {
			int limit = limit(key, field);
			if (list.size() > limit) {
				invalid.add(new InvalidField(field, "at most " + limit + " elements, not " + list.size()));
			}
			for (int i = 0; i < list.size(); i++) {
				value(list.get(i), field + "[" + i + "]", key + "[]", invalid);
			}
		}
		else if (value instanceof Record nested) {
			walk(nested, field + ".", false, invalid);
		}
		else {
			throw new IllegalStateException("A command field of type " + value.getClass().getName() + " (" + field
					+ ") has no field limit; add it to FieldLimitPolicy");
		}
	}

	private static void text(String text, String field, String key, List<InvalidField> invalid) {
		int limit = limit(key, field);
		if (text != null && text.length() > limit) {
			invalid.add(new InvalidField(field, "at most " + limit + " characters, not " + text.length()));
		}
	}

	private static int limit(String key, String field) {
		Integer limit = LIMITS.get(key);
		if (limit == null) {
			// A new field without a limit is refused rather than let through unbounded.
			throw new IllegalStateException("Command field " + field + " (" + key + ") has no field limit; add it to "
					+ "FieldLimits and FieldLimitPolicy");
		}
		return limit;
	}

	private static Object valueOf(Record record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

}
