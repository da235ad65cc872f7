package vn.dossierledger.projection.controlsheet;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The control_sheet and control_sheet_row tables, read by the query side. */
public interface ControlSheetRepository extends Repository<ControlSheet, String>, ControlSheetStore {

	/**
	 * In bulk statements, as
	 * {@link vn.dossierledger.projection.status.DossierStatusRepository#deleteAll()}.
	 */
	@Override
	@Transactional
	@Modifying
	@Query("delete from ControlSheet")
	void deleteAll();

}
