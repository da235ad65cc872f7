package vn.dossierledger.events.query.redflag;

/**
 * Full-text search over the flags' Elasticsearch mirror (descriptions, rule names, ids;
 * Vietnamese with or without diacritics): answered with a {@link RedFlagSearchView}.
 */
public record SearchRedFlagsQuery(String text, int page, int size) {
}
