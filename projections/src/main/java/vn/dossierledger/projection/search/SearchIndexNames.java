package vn.dossierledger.projection.search;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every index and alias name the search read models use, behind the deployment's prefix
 * ({@value #PREFIX_PROPERTY}, empty by default): a second set of read models, such as the
 * consistency check's scratch replay, lives on the same cluster under a prefix of its
 * own. A set of names only ever touches the indices it {@linkplain #owns(String) owns}:
 * an Elasticsearch wildcard matches by prefix alone, so {@code audit-history-v*} of one
 * set never reaches {@code consistency-scratch-audit-history-v1} of another, and an index
 * found by a wildcard is deleted only once its whole name is recognised.
 */
@Component
public class SearchIndexNames {

	public static final String PREFIX_PROPERTY = "dossier-ledger.elasticsearch.index-prefix";

	static final String AUDIT_READ_ALIAS = "audit-history";

	static final String AUDIT_WRITE_ALIAS = "audit-history-write";

	static final String AUDIT_VERSIONED_INDEX = "audit-history-v";

	static final String RED_FLAG_ALIAS = "red-flags";

	/**
	 * v2: F4 and F6 from recorded events only. The flags a wall-clock sweep raised into
	 * v1 go with it: the first push after the upgrade drops v1 and fills v2 from the
	 * rebuilt model (migration V11).
	 */
	static final String RED_FLAG_INDEX = "red-flags-v2";

	static final List<String> EARLIER_RED_FLAG_INDICES = List.of("red-flags-v1");

	/**
	 * What Elasticsearch accepts at the start of an index name: lower case, no wildcard,
	 * separator or leading {@code - _ +}.
	 */
	private static final Pattern VALID_PREFIX = Pattern.compile("([a-z0-9][a-z0-9._-]*)?");

	private final String prefix;

	private final Pattern auditVersionedIndex;

	public SearchIndexNames(@Value("${" + PREFIX_PROPERTY + ":}") String prefix) {
		if (!VALID_PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException(PREFIX_PROPERTY + " must be empty or start an Elasticsearch index name "
					+ "(lower-case letters, digits, '.', '_', '-'; not first '.', '_' or '-'): \"" + prefix + "\"");
		}
		this.prefix = prefix;
		this.auditVersionedIndex = Pattern.compile(Pattern.quote(prefix + AUDIT_VERSIONED_INDEX) + "[0-9]+");
	}

	public String prefix() {
		return this.prefix;
	}

	/** The alias audit searches read. */
	public String auditReadAlias() {
		return this.prefix + AUDIT_READ_ALIAS;
	}

	/** The alias the audit projection writes. */
	public String auditWriteAlias() {
		return this.prefix + AUDIT_WRITE_ALIAS;
	}

	/** A physical audit index, e.g. version {@code 1} or a rebuild's start time. */
	public String auditIndex(String version) {
		return this.prefix + AUDIT_VERSIONED_INDEX + version;
	}

	/**
	 * Finds this set's physical audit indices, and possibly others whose name starts
	 * alike: keep only those it {@link #owns(String)}.
	 */
	public String auditIndexWildcard() {
		return this.prefix + AUDIT_VERSIONED_INDEX + "*";
	}

	/**
	 * Finds every index of this set, and possibly others whose name starts alike: keep
	 * only those it {@link #owns(String)}.
	 */
	public String wildcard() {
		return this.prefix + "*";
	}

	/** The alias red-flag searches read and the mirror writes. */
	public String redFlagAlias() {
		return this.prefix + RED_FLAG_ALIAS;
	}

	/** The current red-flag index. */
	public String redFlagIndex() {
		return this.prefix + RED_FLAG_INDEX;
	}

	/**
	 * Earlier versions of the red-flag index, dropped when the current one is created.
	 */
	public List<String> earlierRedFlagIndices() {
		return EARLIER_RED_FLAG_INDICES.stream().map((index) -> this.prefix + index).toList();
	}

	/**
	 * Whether this set's read models create an index of that name: its audit versions,
	 * its red-flag indices; never an index of another prefix.
	 */
	public boolean owns(String index) {
		return this.auditVersionedIndex.matcher(index).matches() || index.equals(redFlagIndex())
				|| earlierRedFlagIndices().contains(index);
	}

	/** Of the given indices, those this set {@link #owns(String)}, sorted. */
	public List<String> owned(Collection<String> indices) {
		return indices.stream().filter(this::owns).sorted().toList();
	}

}
