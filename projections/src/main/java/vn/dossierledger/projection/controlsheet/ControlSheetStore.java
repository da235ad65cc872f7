package vn.dossierledger.projection.controlsheet;

import java.util.List;
import java.util.Optional;

/**
 * What the control-sheet projection needs of its storage; the Spring Data repository
 * provides it, and unit tests a map.
 */
public interface ControlSheetStore {

	Optional<ControlSheet> findById(String dossierId);

	List<ControlSheet> findAllById(Iterable<String> dossierIds);

	ControlSheet save(ControlSheet sheet);

	void deleteAll();

}
