package vn.dossierledger.oversight.ledger;

import org.springframework.http.HttpStatus;

/** Why a seal, proof or bundle cannot be given; rendered as problem+json. */
class LedgerProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String title;

	private final String parameter;

	LedgerProblemException(HttpStatus status, String type, String title, String detail) {
		this(status, type, title, detail, null);
	}

	/**
	 * @param parameter the request parameter at fault, or {@code null}
	 */
	LedgerProblemException(HttpStatus status, String type, String title, String detail, String parameter) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
		this.parameter = parameter;
	}

	HttpStatus status() {
		return this.status;
	}

	String type() {
		return this.type;
	}

	String title() {
		return this.title;
	}

	String parameter() {
		return this.parameter;
	}

}
