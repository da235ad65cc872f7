package vn.dossierledger.projection.controlsheet;

import org.springframework.data.repository.Repository;

/** The control_sheet and control_sheet_row tables, read by the query side. */
public interface ControlSheetRepository extends Repository<ControlSheet, String>, ControlSheetStore {

}
