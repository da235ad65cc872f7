package vn.dossierledger.command.dossier;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.dossierledger.events.dossier.DossierStatus;

/** A command is legal only in the states the lifecycle (DOMAIN §7.1) allows it from. */
final class StatusPolicy {

	/** Statuses from which the applicant may withdraw (DOMAIN §7.1). */
	private static final Set<DossierStatus> WITHDRAWABLE = Collections
		.unmodifiableSet(EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.INTAKE_SUPPLEMENT, DossierStatus.RECEIVED,
				DossierStatus.IN_PROCESSING, DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT));

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

	static void requireWithdrawable(DossierStatus current) {
		requireStatus(current, "withdraw", WITHDRAWABLE.toArray(DossierStatus[]::new));
	}

	/**
	 * A request made earlier lapses once the result is issued: accept only where a
	 * request could be made.
	 */
	static void requirePendingWithdrawal(boolean withdrawalRequested, DossierStatus current) {
		if (!withdrawalRequested || !WITHDRAWABLE.contains(current)) {
			throw new DossierRuleViolation(DossierRule.ILLEGAL_TRANSITION, current,
					"No pending withdrawal request to accept in status " + current);
		}
	}

	/**
	 * Fees are awaited while processing waits for them, or after the result for fees
	 * collected on delivery (DOMAIN 7.1: "if fees are collected after: paid").
	 */
	static void requireFeesAwaited(DossierStatus current, long amountDue, long amountPaid, String action) {
		boolean collectedAfterResult = current == DossierStatus.RESOLVED && amountPaid < amountDue;
		if (!collectedAfterResult) {
			requireStatus(current, action, DossierStatus.AWAITING_PAYMENT);
		}
	}

}
