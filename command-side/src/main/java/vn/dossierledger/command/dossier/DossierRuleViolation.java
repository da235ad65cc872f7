package vn.dossierledger.command.dossier;

import vn.dossierledger.events.dossier.DossierStatus;

/**
 * A dossier command broke a rule: nothing was stored. Carries the rule and the dossier's
 * status at the time, so the caller learns both what and where.
 */
public class DossierRuleViolation extends RuntimeException {

	private final DossierRule rule;

	private final DossierStatus currentStatus;

	public DossierRuleViolation(DossierRule rule, DossierStatus currentStatus, String message) {
		super(message);
		this.rule = rule;
		this.currentStatus = currentStatus;
	}

	public DossierRule rule() {
		return this.rule;
	}

	/** The status when the command arrived; null when the dossier did not exist yet. */
	public DossierStatus currentStatus() {
		return this.currentStatus;
	}

	/**
	 * The details that travel with a command failure, also across a distributed command
	 * bus.
	 */
	public RuleViolationDetails details() {
		return new RuleViolationDetails(this.rule.name(), this.rule.kind().name(),
				this.currentStatus == null ? null : this.currentStatus.name(), getMessage());
	}

}
