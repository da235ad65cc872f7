package vn.dossierledger.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A query, path or header parameter a controller refuses after Spring has bound it (out
 * of range, not one of the known values): a 400 problem+json naming the parameter.
 */
public class InvalidParameterException extends ErrorResponseException {

	public InvalidParameterException(String parameter, String detail) {
		super(HttpStatus.BAD_REQUEST, Problems.invalidParameter(parameter, detail), null);
	}

}
