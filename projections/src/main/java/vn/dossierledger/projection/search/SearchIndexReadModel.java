package vn.dossierledger.projection.search;

import java.util.Optional;

/**
 * A read model that lives in a search index, as the consistency check compares it: the
 * alias its searches read, and whether that alias shows everything its processor has
 * handled.
 */
public interface SearchIndexReadModel {

	/** The processing group that builds it. */
	String processingGroup();

	/** The alias its searches read: what the read model shows. */
	String readAlias();

	/**
	 * Brings the index up to what the processor has handled, where that is this process's
	 * to do now (a mirror pushes what is pending), and says what still keeps the read
	 * alias behind.
	 * @return empty when the read alias shows everything the processor has handled
	 */
	Optional<String> catchUp();

}
