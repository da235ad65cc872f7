package vn.dossierledger.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a caller is to the ledger, as the token's roles claim names it. An officer's
 * functional role (receiving officer, specialist, leader, clerk) and unit are not here:
 * they come from the organisation registry, the agency's own authority.
 */
public enum Role {

	/**
	 * Submits, supplements, withdraws and rates their own dossiers or those they
	 * represent.
	 */
	CITIZEN,
	/**
	 * Acts on dossiers of their unit's procedures, in the steps their functional role
	 * allows.
	 */
	OFFICER,
	/** Oversight: every case history, replay, red flag and proof; never a command. */
	INSPECTOR,
	/** Aggregates only: indicators, rankings, dashboards. */
	ANALYST,
	/** Read-model status, rebuilds and dead letters; no personal data, no commands. */
	ADMIN,
	/** A payment gateway confirming or failing a payment, as itself. */
	PAYMENT_GATEWAY;

	private static final String PREFIX = "ROLE_";

	/** The granted authority Spring Security checks for this role. */
	public String authority() {
		return PREFIX + name();
	}

	/** The role a granted authority stands for, if it is one of these. */
	public static Optional<Role> ofAuthority(String authority) {
		return Arrays.stream(values()).filter((role) -> role.authority().equals(authority)).findFirst();
	}

	/** The role a token's claim value names (case-insensitive), if it is one of these. */
	public static Optional<Role> ofClaimValue(String value) {
		return Arrays.stream(values()).filter((role) -> role.name().equalsIgnoreCase(value)).findFirst();
	}

}
