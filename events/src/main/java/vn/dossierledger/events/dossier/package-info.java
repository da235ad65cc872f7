/**
 * The published language of the dossier ledger: every event that can happen to an
 * administrative dossier (hồ sơ thủ tục hành chính) and the value types they carry.
 * <p>
 * Event classes are stored by their fully-qualified name and {@code @Revision}: this
 * package is frozen. A change of shape is a new revision plus an upcaster, never a
 * rename.
 */
package vn.dossierledger.events.dossier;
