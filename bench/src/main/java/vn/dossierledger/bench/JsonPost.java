package vn.dossierledger.bench;

/** A POST of a JSON body, answered with the status and the body's text. */
interface JsonPost {

	/**
	 * @param body a JSON string as it is, or an object Jackson writes
	 * @param headers names and values, alternating
	 */
	HttpJson.Reply post(String path, Object body, String... headers);

}
