package vn.dossierledger.projection.status;

import java.util.List;
import java.util.Optional;

/**
 * What the status projection needs of its storage; the Spring Data repository provides
 * it, and unit tests a map.
 */
public interface DossierStatusStore {

	Optional<DossierStatusRow> findById(String dossierId);

	List<DossierStatusRow> findAllById(Iterable<String> dossierIds);

	DossierStatusRow save(DossierStatusRow row);

	void deleteAll();

}
