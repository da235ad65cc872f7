package vn.dossierledger.web;

/**
 * The {@code page} and {@code size} of a list, checked before anything is read: besides a
 * negative page and a size out of range, a page beyond the last one its store can reach
 * is refused with 400 naming {@code page}, instead of failing in the store (JPA's row
 * offset is an {@code int}; Elasticsearch reads no further than its result window).
 */
public final class PageParameters {

	/** The rows a JPA list can reach: its offset is an {@code int}. */
	public static final long DATABASE_WINDOW = Integer.MAX_VALUE;

	/** The hits a search can reach: Elasticsearch's {@code index.max_result_window}. */
	public static final long SEARCH_WINDOW = 10_000;

	private PageParameters() {
	}

	/**
	 * @param maxSize the largest page
	 * @param window the rows the store can reach: the page must end within it
	 */
	public static void require(int page, int size, int maxSize, long window) {
		if (page < 0) {
			throw new InvalidParameterException("page", "page must be 0 or more");
		}
		if (size < 1 || size > maxSize) {
			throw new InvalidParameterException("size", "size must be between 1 and " + maxSize);
		}
		if ((long) page * size + size > window) {
			throw new InvalidParameterException("page", "page must be at most " + (window / size - 1) + " for size "
					+ size + ": only the first " + window + " rows can be listed");
		}
	}

}
