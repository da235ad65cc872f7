package vn.dossierledger.command.signature;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which certificate authorities the ledger trusts.
 *
 * @param trustAnchors Spring resource locations of PEM files with trusted root
 * certificates ({@code classpath:}, {@code file:}, patterns allowed); each file may hold
 * several certificates
 * @param demoCa the run-time demo certificate authority
 */
@ConfigurationProperties("dossier-ledger.signature")
record SignatureProperties(List<String> trustAnchors, DemoCa demoCa) {

	SignatureProperties {
		trustAnchors = (trustAnchors != null) ? List.copyOf(trustAnchors) : List.of();
		demoCa = (demoCa != null) ? demoCa : new DemoCa(false);
	}

	/**
	 * @param enabled whether to mint a demo CA at start-up, trust it, and expose
	 * {@code POST /api/demo/signatures}; never in production
	 */
	record DemoCa(boolean enabled) {

	}

}
