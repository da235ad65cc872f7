/**
 * Operating the read models: position and lag of every streaming processing group,
 * rebuilds from the event store (recorded operations that a crash cannot leave half done
 * unnoticed), and the dead letters each group has parked. Generic over processing groups:
 * whatever streaming processor the application registers is covered; subscribing
 * processors (the command side's set-based lookups) are never touched.
 */
package vn.dossierledger.projection.admin;
