package vn.dossierledger.identity;

/**
 * A request body names an actor other than the caller: nobody acts in another's name.
 */
public class NotTheCallerException extends RuntimeException {

	private final String field;

	public NotTheCallerException(String field, String named) {
		super("The request names " + named + " in " + field + ", but the token is another person's: a request acts "
				+ "only as its caller");
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
