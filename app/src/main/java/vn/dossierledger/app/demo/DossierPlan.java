package vn.dossierledger.app.demo;

import java.util.List;

/**
 * The whole simulated life of one dossier, in time order.
 *
 * @param sequence position in the plan, for a stable global order
 * @param dossierId the aggregate id
 * @param procedureCode the procedure it is submitted under
 * @param scenario what is meant to happen to it
 * @param commands its commands, sorted by time
 * @param lookupSecret the secret its receipt gives the citizen (the ledger keeps only its
 * hash)
 */
record DossierPlan(int sequence, String dossierId, String procedureCode, Scenario scenario,
		List<PlannedCommand> commands, String lookupSecret) {

	DossierPlan {
		commands = List.copyOf(commands);
	}

}
