package vn.dossierledger.command.dossier;

import java.util.List;
import java.util.stream.Collectors;

import vn.dossierledger.command.dossier.InvalidFieldsDetails.InvalidField;

/**
 * A dossier command has fields over their {@code FieldLimits}: it was refused before the
 * aggregate applied anything.
 */
public class FieldLimitViolation extends RuntimeException {

	private final InvalidFieldsDetails details;

	FieldLimitViolation(List<InvalidField> fields) {
		super("Fields over their limits: " + fields.stream()
			.map((field) -> field.field() + " (" + field.message() + ")")
			.collect(Collectors.joining(", ")));
		this.details = new InvalidFieldsDetails(fields);
	}

	/** What travels with the command failure, also across a distributed command bus. */
	public InvalidFieldsDetails details() {
		return this.details;
	}

}
