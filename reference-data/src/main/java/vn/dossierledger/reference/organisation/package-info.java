/**
 * Agencies, their units (one-stop desks and specialist divisions) and officers with their
 * roles, read from {@code catalogue/organisation.yaml}. Commands are authorised against
 * this registry; events record officer ids, never names.
 */
package vn.dossierledger.reference.organisation;
