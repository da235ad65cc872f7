package vn.dossierledger.projection;

import java.util.Optional;

/**
 * A read model's copy in a second store (a search index) kept up outside its processor:
 * the admin view reports it with the read model, since a processor that is up to date
 * says nothing about a copy that cannot be written.
 */
public interface MirrorStatus {

	/** The processing group whose read model is mirrored. */
	String processingGroup();

	/**
	 * What keeps the copy behind now, as the admin view lists it; empty while it keeps
	 * up.
	 */
	Optional<String> failure();

}
