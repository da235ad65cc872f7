package vn.dossierledger.events.query.statistics;

import java.util.Map;

/**
 * One officer's oversight figures, or the unit's median of them. Rates in percent,
 * {@code null} when the officer had no case for them.
 *
 * @param officerId the officer, or {@code "unit-median"}
 * @param dossiersHandled dossiers the officer acted on
 * @param medianHeldWorkingMinutes median working time between receiving a dossier and
 * handing it on, over all steps
 * @param medianHeldWorkingMinutesByStep the same per step code
 * @param supplementRate dossiers the officer sent back for a supplement (at intake or in
 * processing)
 * @param intakeRefusalRate refusals per intake decision taken (receive, guide, refuse)
 * @param withdrawalRate dossiers later withdrawn
 * @param lateRate received dossiers late (as judged at {@code asOf})
 * @param apologyRate dossiers for which the officer issued an apology
 */
public record OfficerFiguresView(String officerId, long dossiersHandled, Double medianHeldWorkingMinutes,
		Map<String, Double> medianHeldWorkingMinutesByStep, Double supplementRate, Double intakeRefusalRate,
		Double withdrawalRate, Double lateRate, Double apologyRate) {

	public OfficerFiguresView {
		medianHeldWorkingMinutesByStep = Map.copyOf(medianHeldWorkingMinutesByStep);
	}

}
