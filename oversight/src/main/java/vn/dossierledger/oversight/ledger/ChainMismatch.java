package vn.dossierledger.oversight.ledger;

/**
 * One finding of verification, located by dossier and sequence number.
 */
public record ChainMismatch(String dossierId, long sequence, MismatchKind kind, String detail) {

}
