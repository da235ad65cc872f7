package vn.dossierledger.events.query.audit;

/** How many hits have this value. */
public record FacetCountView(String value, long count) {
}
