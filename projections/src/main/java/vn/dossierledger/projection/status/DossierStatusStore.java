package vn.dossierledger.projection.status;

import java.util.Optional;

/**
 * What the status projection needs of its storage; the Spring Data repository provides
 * it, and unit tests a map.
 */
public interface DossierStatusStore {

	Optional<DossierStatusRow> findById(String dossierId);

	DossierStatusRow save(DossierStatusRow row);

	void deleteAll();

}
