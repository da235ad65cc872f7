/**
 * The access audit's published language: reads of dossiers by officials, recorded as
 * events. Stored by fully-qualified name and {@code @Revision}, like every event.
 */
package vn.dossierledger.events.access;
