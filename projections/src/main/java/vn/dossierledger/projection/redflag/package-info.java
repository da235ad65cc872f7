/**
 * The red-flags read model (DOMAIN §5.2): per-dossier facts, evidence events and flags in
 * JPA, each rule a named class, every flag (time-based ones included) raised from the
 * recorded events alone, and an optional Elasticsearch mirror (alias {@code red-flags})
 * for inspectors' full-text search.
 */
package vn.dossierledger.projection.redflag;
