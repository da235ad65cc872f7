package vn.dossierledger.events.dossier;

/** A statutory processing time limit, e.g. 5 working days. */
public record ProcessingTime(int value, SlaUnit unit) {

}
