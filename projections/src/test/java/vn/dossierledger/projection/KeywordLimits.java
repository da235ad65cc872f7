package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.KeywordProperty;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * What an Elasticsearch field must be to hold a value of a command field's limit: a
 * keyword is one Lucene term of at most 32,766 UTF-8 bytes (a document with a longer one
 * is refused) and is left unindexed beyond {@code ignore_above} characters; an analysed
 * text field splits a value into short tokens and holds any length.
 */
public final class KeywordLimits {

	/** Lucene's longest term. */
	static final int MAX_TERM_BYTES = 32_766;

	/** A UTF-16 char (what a limit counts) takes at most three bytes in UTF-8. */
	static final int MAX_UTF8_BYTES_PER_CHAR = 3;

	private KeywordLimits() {
	}

	public static void assertHolds(TypeMapping mapping, String field, int limit) {
		Property property = mapping.properties().get(field);
		assertThat(property).as("field %s in the mapping", field).isNotNull();
		if (property.isText()) {
			return;
		}
		assertThat(property.isKeyword()).as("%s is a keyword or a text field", field).isTrue();
		KeywordProperty keyword = property.keyword();
		assertThat(limit * MAX_UTF8_BYTES_PER_CHAR)
			.as("%s: a keyword of %d characters fits a Lucene term", field, limit)
			.isLessThanOrEqualTo(MAX_TERM_BYTES);
		if (keyword.ignoreAbove() != null) {
			assertThat(keyword.ignoreAbove()).as("%s is indexed up to its limit", field).isGreaterThanOrEqualTo(limit);
		}
	}

}
