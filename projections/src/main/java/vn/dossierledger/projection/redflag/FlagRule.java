package vn.dossierledger.projection.redflag;

/**
 * A red-flag rule of DOMAIN §5.2 as recorded on each flag: its id (F1, F2, …), the
 * version of its computation (raised when the computation changes, so old and new flags
 * can be told apart) and a short title.
 */
record FlagRule(String id, int version, String title) {
}
