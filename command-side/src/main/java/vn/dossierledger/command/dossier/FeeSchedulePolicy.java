package vn.dossierledger.command.dossier;

import java.util.List;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.reference.catalogue.Fee;
import vn.dossierledger.reference.catalogue.Procedure;

/**
 * Fees asked for must be exactly those of the procedure version's schedule (red flag
 * F18).
 */
final class FeeSchedulePolicy {

	private FeeSchedulePolicy() {
	}

	static void requireFeesMatchSchedule(List<FeeLine> fees, Procedure procedure, boolean online,
			DossierStatus current) {
		if (fees == null || fees.isEmpty()) {
			throw new DossierRuleViolation(DossierRule.FEES_MUST_MATCH_SCHEDULE, current, "No fee line given");
		}
		for (FeeLine line : fees) {
			Fee scheduled = procedure.fee(line.code())
				.orElseThrow(() -> new DossierRuleViolation(DossierRule.FEES_MUST_MATCH_SCHEDULE, current,
						"Fee " + line.code() + " is not in the schedule of procedure " + procedure.code() + " version "
								+ procedure.version()));
			long due = scheduled.amountFor(online);
			if (line.amountVnd() != due || line.type() != scheduled.type()) {
				throw new DossierRuleViolation(DossierRule.FEES_MUST_MATCH_SCHEDULE, current,
						"Fee " + line.code() + " must be " + due + " VND (" + scheduled.type() + "), not "
								+ line.amountVnd() + " VND (" + line.type() + ")");
			}
		}
		if (fees.stream().mapToLong(FeeLine::amountVnd).sum() == 0) {
			throw new DossierRuleViolation(DossierRule.FEES_MUST_MATCH_SCHEDULE, current,
					"Nothing is due: all scheduled amounts are zero");
		}
	}

}
