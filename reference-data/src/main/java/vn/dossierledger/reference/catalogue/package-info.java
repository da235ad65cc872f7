/**
 * The procedure catalogue: administrative procedures (thủ tục hành chính) and their
 * versions, read from {@code catalogue/procedures.yaml}. Each version carries its SLA,
 * fees, document checklist, internal workflow and the
 * {@link vn.dossierledger.reference.catalogue.Rulebook} of configurable rules; a dossier
 * stays on the version it was received under.
 */
package vn.dossierledger.reference.catalogue;
