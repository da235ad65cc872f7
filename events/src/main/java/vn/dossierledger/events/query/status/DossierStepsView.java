package vn.dossierledger.events.query.status;

import java.util.List;

/**
 * What a citizen sees of their dossier's history: the steps so far, oldest first, and
 * what is expected of them now. No personal data and no officer: a step names units only.
 */
public record DossierStepsView(String dossierCode, List<CitizenStepView> steps, ExpectedOfCitizen expected) {

	public DossierStepsView {
		steps = List.copyOf(steps);
	}

}
