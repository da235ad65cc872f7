/**
 * Queries and views of the audit history: full-text search with filters and facets, and
 * one dossier's history with the working time held per step.
 */
package vn.dossierledger.events.query.audit;
