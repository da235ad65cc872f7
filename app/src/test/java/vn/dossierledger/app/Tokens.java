package vn.dossierledger.app;

/**
 * Where a test client gets a person's bearer token: the running application's development
 * issuer, or {@link TestIssuer} where the application trusts only configured issuers.
 */
@FunctionalInterface
interface Tokens {

	/** A token for the person with this id, or null for someone no issuer knows. */
	String tokenFor(String personId);

}
