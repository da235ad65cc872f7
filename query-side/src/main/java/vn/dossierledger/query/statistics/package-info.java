/**
 * Query handlers and REST API of the Decision 766 performance statistics: indicators and
 * scores, rankings, officer oversight and the live dashboard (subscription query over
 * Server-Sent Events).
 */
package vn.dossierledger.query.statistics;
