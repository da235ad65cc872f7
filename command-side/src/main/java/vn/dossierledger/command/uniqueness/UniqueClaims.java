package vn.dossierledger.command.uniqueness;

import java.util.Optional;

/**
 * Command-side lookup of keys that must be unique across dossiers (STYLE 12): kept by a
 * subscribing processor in the same transaction as the events, never by a projection.
 */
public interface UniqueClaims {

	/** The dossier that holds the key, if any. */
	Optional<String> ownerOf(ClaimScope scope, String key);

}
