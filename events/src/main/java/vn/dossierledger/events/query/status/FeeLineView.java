package vn.dossierledger.events.query.status;

/** One fee line asked of the citizen, in đồng. */
public record FeeLineView(String name, long amountVnd) {
}
