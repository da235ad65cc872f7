package vn.dossierledger.query.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import vn.dossierledger.events.dossier.command.FieldLimits;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindDossierStepsQuery;
import vn.dossierledger.web.InvalidParameterException;

/**
 * What every way of looking a dossier up by code and secret shares, the API's and the
 * citizen's page alike: the lookup is counted against its client and code before anything
 * is looked up, and only the secret's digest travels in the query.
 */
final class StatusLookups {

	private final StatusLookupLimiter limiter;

	private final LookupClients clients;

	StatusLookups(StatusLookupLimiter limiter, LookupClients clients) {
		this.limiter = limiter;
		this.clients = clients;
	}

	/**
	 * Counts the lookup; a code no dossier can have is refused as a bad parameter, so it
	 * takes no room.
	 * @throws StatusLookupLimitedException when the client or the code is over its limit
	 */
	StatusLookupLimiter.Admission admit(HttpServletRequest request, String dossierCode) {
		// With the limits off nobody is counted, so nobody is told apart either.
		String client = this.limiter.enabled() ? this.clients.clientOf(request) : null;
		if (dossierCode.length() > FieldLimits.DOSSIER_CODE) {
			if (client != null) {
				this.limiter.admitClient(client);
			}
			throw new InvalidParameterException("dossierCode",
					"A dossier code has at most " + FieldLimits.DOSSIER_CODE + " characters");
		}
		return this.limiter.admit(client, dossierCode);
	}

	static FindDossierStatusQuery statusQuery(String dossierCode, String lookupSecret) {
		return new FindDossierStatusQuery(dossierCode, secretDigest(lookupSecret));
	}

	/** The dossier's timeline and what it expects of the citizen, asked alike. */
	static FindDossierStepsQuery stepsQuery(String dossierCode, String lookupSecret) {
		return new FindDossierStepsQuery(dossierCode, secretDigest(lookupSecret));
	}

	/** The digest the submission event stored; none for no secret. */
	static String secretDigest(String lookupSecret) {
		if (lookupSecret == null) {
			return null;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(lookupSecret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
