package vn.dossierledger.command.rest;

/**
 * Reads the aggregate version a client saw from an If-Match header: {@code "7"},
 * {@code W/"7"} or {@code 7}.
 */
final class IfMatch {

	private IfMatch() {
	}

	static Long version(String header) {
		if (header == null || header.isBlank() || header.strip().equals("*")) {
			return null;
		}
		String value = header.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new MalformedIfMatchException(header);
		}
	}

	static class MalformedIfMatchException extends RuntimeException {

		MalformedIfMatchException(String header) {
			super("If-Match must carry the dossier version as an entity tag, e.g. \"7\"; got " + header);
		}

	}

}
