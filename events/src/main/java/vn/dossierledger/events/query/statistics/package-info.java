/**
 * Queries and views of the Decision 766 performance statistics: indicators and group
 * scores for any agency, unit, procedure or officer and period; rankings; officer
 * oversight figures against unit peers.
 */
package vn.dossierledger.events.query.statistics;
