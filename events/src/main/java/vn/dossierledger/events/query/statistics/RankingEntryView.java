package vn.dossierledger.events.query.statistics;

/**
 * One ranked agency, procedure or officer; entries without a value (N/A) come last,
 * unranked.
 *
 * @param rank 1 for the best, {@code null} when the value is N/A
 * @param received the dossiers behind the value
 */
public record RankingEntryView(Integer rank, String key, Double value, long received) {
}
