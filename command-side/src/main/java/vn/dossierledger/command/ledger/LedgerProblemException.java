package vn.dossierledger.command.ledger;

import org.springframework.http.HttpStatus;

/** Why a seal, proof or bundle cannot be given; rendered as problem+json. */
class LedgerProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String title;

	LedgerProblemException(HttpStatus status, String type, String title, String detail) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
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

}
