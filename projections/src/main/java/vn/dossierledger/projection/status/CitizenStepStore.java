package vn.dossierledger.projection.status;

/**
 * What the status projection needs of the citizen timeline's storage: it only adds steps,
 * and clears them all on a reset. The Spring Data repository provides it, and unit tests
 * a map.
 */
public interface CitizenStepStore {

	CitizenStepRow save(CitizenStepRow step);

	void deleteAll();

}
