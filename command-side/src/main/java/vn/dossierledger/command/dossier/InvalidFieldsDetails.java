package vn.dossierledger.command.dossier;

import java.util.List;

/**
 * Serializable list of a command's fields over their limits, attached to a command
 * failure (like {@link RuleViolationDetails}) so that a REST layer, possibly in another
 * process, can name them.
 */
public record InvalidFieldsDetails(List<InvalidField> fields) {

	public InvalidFieldsDetails {
		fields = List.copyOf(fields);
	}

	/**
	 * One field, named as in the command ({@code documents[0].name}), and what is wrong.
	 */
	public record InvalidField(String field, String message) {
	}

}
