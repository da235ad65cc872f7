/**
 * The performance statistics read model (Decision 766, DOMAIN §3 and §7.3): one fact row
 * per dossier, updated as its events arrive, from which the indicators of any agency,
 * unit, procedure, officer and period are summed per day with SQL at query time; and the
 * group scores, whose thresholds and points are data
 * ({@code statistics/decision-766.yaml}).
 */
package vn.dossierledger.projection.statistics;
