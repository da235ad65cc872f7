package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The red flag the access audit raises (its own processing group, which sees every read
 * in order): an official read several dossiers outside their unit within a short time.
 * The flag sits on the dossier whose read completed the count; its evidence is the reads.
 */
@Component
public class OutOfUnitReadFlags {

	static final FlagRule RULE = new FlagRule("F21", 1, "Repeated reads outside one's unit");

	private final RedFlagRepository flags;

	OutOfUnitReadFlags(RedFlagRepository flags) {
		this.flags = flags;
	}

	public static String ruleId() {
		return RULE.id();
	}

	/**
	 * @param dossier the dossier whose read completed the count
	 * @param readEventIds the reads outside the reader's unit, oldest first
	 * @param dossierCount how many different dossiers they read
	 */
	public void raise(FlaggedDossier dossier, String readerId, String readerUnitId, List<String> readEventIds,
			long dossierCount, Instant at) {
		DossierFacts facts = new DossierFacts(dossier.dossierId(), dossier.dossierCode(), dossier.procedureCode(), "",
				dossier.agencyId(), null, "", dossier.applicantRef(), List.of());
		Raise raise = new Raise("reads:" + readerId + ":" + readEventIds.get(0), List.of(readerId), readerUnitId,
				readEventIds, Math.min(1.0, 0.5 + 0.1 * dossierCount), at,
				readerId + " (unit " + readerUnitId + ") read " + dossierCount
						+ " dossiers outside their unit within the window; the reads are the evidence");
		String flagId = FlagBook.flagId(RULE, dossier.dossierId(), raise.key());
		if (this.flags.findById(flagId).isEmpty()) {
			this.flags.save(new RedFlag(flagId, RULE, facts, raise));
		}
	}

	public void deleteAll() {
		this.flags.deleteByRule(RULE.id());
	}

	/** What a flag records of the dossier it sits on. */
	public record FlaggedDossier(String dossierId, String dossierCode, String procedureCode, String agencyId,
			String applicantRef) {

	}

}
