package vn.dossierledger.identity.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The access audit.
 *
 * @param enabled record officials' reads (off only for a benchmark of the bare read path)
 * @param purposeMaxLength the longest purpose a reader may state, in characters
 */
@ConfigurationProperties("dossier-ledger.access-audit")
public record AccessAuditProperties(Boolean enabled, Integer purposeMaxLength) {

	public AccessAuditProperties {
		enabled = (enabled == null) ? Boolean.TRUE : enabled;
		purposeMaxLength = (purposeMaxLength == null) ? 500 : purposeMaxLength;
	}

}
