/**
 * Commands on a dossier. Officer commands name the acting officer only; the ledger
 * resolves the officer's role and unit from its registry, so the recorded role cannot be
 * claimed by a client. {@code expectedVersion} (optional) is the aggregate version the
 * client saw: a stale one is a conflict, never a lost update.
 */
package vn.dossierledger.events.dossier.command;
