package vn.dossierledger.events.dossier;

/** How an apology letter reached the applicant. */
public enum ApologyChannel {

	AT_DESK, EMAIL, SMS, ZALO, POST

}
