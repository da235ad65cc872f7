package vn.dossierledger.command.dossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import vn.dossierledger.events.dossier.DossierStatus;

/** A command is legal only in the states the lifecycle (DOMAIN §7.1) allows it from. */
final class StatusPolicy {

	private StatusPolicy() {
	}

	static void requireStatus(DossierStatus current, String action, DossierStatus... allowed) {
		Set<DossierStatus> legal = EnumSet.noneOf(DossierStatus.class);
		legal.addAll(Arrays.asList(allowed));
		if (!legal.contains(current)) {
			throw new DossierRuleViolation(DossierRule.ILLEGAL_TRANSITION, current,
					"Cannot " + action + " a dossier in status " + current + " (" + current.nationalCode() + " "
							+ current.vietnameseLabel() + "); allowed from " + legal);
		}
	}

}
