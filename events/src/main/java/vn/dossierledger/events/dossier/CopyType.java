package vn.dossierledger.events.dossier;

/** Form of a submitted document component. */
public enum CopyType {

	ORIGINAL, CERTIFIED_COPY, COPY, ELECTRONIC

}
