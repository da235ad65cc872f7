package vn.dossierledger.events.dossier;

/** One fee due on a dossier, in đồng. */
public record FeeLine(String code, String name, FeeType type, long amountVnd) {

}
