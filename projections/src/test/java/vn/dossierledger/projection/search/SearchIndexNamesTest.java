package vn.dossierledger.projection.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SearchIndexNamesTest {

	private static final SearchIndexNames LIVE = new SearchIndexNames("");

	private static final SearchIndexNames SCRATCH = new SearchIndexNames("consistency-scratch-");

	/**
	 * What both sets may find on one cluster, plus another deployment's and strangers.
	 */
	private static final List<String> ON_THE_CLUSTER = List.of("audit-history-v1", "audit-history-v20260301101500123",
			"red-flags-v2", "red-flags-v1", "consistency-scratch-audit-history-v1",
			"consistency-scratch-audit-history-v20260301101500123", "consistency-scratch-red-flags-v2",
			"consistency-scratch-other-audit-history-v1", "consistency-scratch-other-red-flags-v2",
			"audit-history-v1-backup", "audit-history-vx", "red-flags-v2-old", "statistics");

	@Test
	void withoutAPrefixTheNamesAreTheReadModelsOwn() {
		assertThat(LIVE.auditReadAlias()).isEqualTo("audit-history");
		assertThat(LIVE.auditWriteAlias()).isEqualTo("audit-history-write");
		assertThat(LIVE.auditIndex("1")).isEqualTo("audit-history-v1");
		assertThat(LIVE.auditIndexWildcard()).isEqualTo("audit-history-v*");
		assertThat(LIVE.redFlagAlias()).isEqualTo("red-flags");
		assertThat(LIVE.redFlagIndex()).isEqualTo("red-flags-v2");
		assertThat(LIVE.earlierRedFlagIndices()).containsExactly("red-flags-v1");
	}

	@Test
	void aPrefixStartsEveryIndexAndAliasName() {
		assertThat(List.of(SCRATCH.auditReadAlias(), SCRATCH.auditWriteAlias(), SCRATCH.auditIndex("1"),
				SCRATCH.auditIndexWildcard(), SCRATCH.redFlagAlias(), SCRATCH.redFlagIndex(), SCRATCH.wildcard()))
			.containsExactly("consistency-scratch-audit-history", "consistency-scratch-audit-history-write",
					"consistency-scratch-audit-history-v1", "consistency-scratch-audit-history-v*",
					"consistency-scratch-red-flags", "consistency-scratch-red-flags-v2", "consistency-scratch-*");
		assertThat(SCRATCH.earlierRedFlagIndices()).containsExactly("consistency-scratch-red-flags-v1");
	}

	@Test
	void theUnprefixedSetOwnsNoneOfTheScratchIndices() {
		assertThat(LIVE.owned(ON_THE_CLUSTER)).containsExactly("audit-history-v1", "audit-history-v20260301101500123",
				"red-flags-v1", "red-flags-v2");
	}

	@Test
	void aPrefixedSetOwnsOnlyItsOwnIndicesNotThoseOfALongerPrefix() {
		assertThat(SCRATCH.owned(ON_THE_CLUSTER)).containsExactly("consistency-scratch-audit-history-v1",
				"consistency-scratch-audit-history-v20260301101500123", "consistency-scratch-red-flags-v2");
	}

	@Test
	void refusesAPrefixNoIndexNameCouldStartWithNamingTheProperty() {
		for (String prefix : List.of("Scratch-", "-scratch", "_scratch", "scratch*", "a b", "scratch/", ".hidden-")) {
			assertThatIllegalArgumentException().isThrownBy(() -> new SearchIndexNames(prefix))
				.withMessageContaining(SearchIndexNames.PREFIX_PROPERTY)
				.withMessageContaining(prefix);
		}
	}

}
