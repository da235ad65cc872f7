package vn.dossierledger.command.rest;

import vn.dossierledger.command.dossier.DossierCommandResult;

/** Response bodies of the command API. */
final class DossierResponses {

	private DossierResponses() {
	}

	/** After any command: the dossier, its new version (also the ETag) and its status. */
	record Accepted(String dossierId, long version, String status, int nationalStatusCode, String statusLabel) {

		static Accepted of(DossierCommandResult result) {
			return new Accepted(result.dossierId(), result.version(), result.status().name(),
					result.status().nationalCode(), result.status().vietnameseLabel());
		}

	}

	/**
	 * After submission: also the dossier code and the one-time lookup secret for the
	 * applicant.
	 */
	record Submitted(String dossierId, String dossierCode, String lookupSecret, long version, String status,
			int nationalStatusCode, String statusLabel) {

		static Submitted of(DossierCommandResult result, String dossierCode, String lookupSecret) {
			return new Submitted(result.dossierId(), dossierCode, lookupSecret, result.version(),
					result.status().name(), result.status().nationalCode(), result.status().vietnameseLabel());
		}

	}

}
