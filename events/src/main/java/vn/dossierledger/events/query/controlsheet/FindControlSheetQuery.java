package vn.dossierledger.events.query.controlsheet;

/**
 * The process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ) of a dossier.
 */
public record FindControlSheetQuery(String dossierId) {
}
