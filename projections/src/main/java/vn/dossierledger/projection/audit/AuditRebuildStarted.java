package vn.dossierledger.projection.audit;

/** Writes now go into a new audit index; {@link AuditRebuild} watches the replay. */
record AuditRebuildStarted() {
}
