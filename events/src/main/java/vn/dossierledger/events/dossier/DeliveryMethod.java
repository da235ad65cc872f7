package vn.dossierledger.events.dossier;

/** How a result is handed over (HinhThucTra). */
public enum DeliveryMethod {

	AT_DESK, BY_POST, ONLINE

}
