package vn.dossierledger.projection.redflag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.DossierStatus;

/** The red-flag storage on the three JPA repositories. */
@Component
class JpaRedFlagStore implements RedFlagStore {

	private static final List<String> CLOCK_STATUSES = Arrays.stream(DossierStatus.values())
		.filter(DossierStatus::isOpenAfterReceipt)
		.map(DossierStatus::name)
		.toList();

	private final DossierFactsRepository dossiers;

	private final EvidenceEventRepository events;

	private final RedFlagRepository flags;

	JpaRedFlagStore(DossierFactsRepository dossiers, EvidenceEventRepository events, RedFlagRepository flags) {
		this.dossiers = dossiers;
		this.events = events;
		this.flags = flags;
	}

	@Override
	public Optional<DossierFacts> facts(String dossierId) {
		return this.dossiers.findById(dossierId);
	}

	@Override
	public void save(DossierFacts facts) {
		this.dossiers.save(facts);
	}

	@Override
	public void save(EvidenceEvent event) {
		if (!this.events.existsById(event.eventId())) {
			this.events.save(event);
		}
	}

	@Override
	public Optional<RedFlag> flag(String flagId) {
		return this.flags.findById(flagId);
	}

	@Override
	public void save(RedFlag flag) {
		this.flags.save(flag);
	}

	@Override
	public List<RedFlag> openFlags(String dossierId, String ruleId) {
		return this.flags.findByDossierIdAndRuleIdAndOpenTrue(dossierId, ruleId);
	}

	@Override
	public List<DossierFacts> dossiersWithRunningClock() {
		return this.dossiers.findByStatusInAndPausedFalse(CLOCK_STATUSES);
	}

	@Override
	public void deleteAll() {
		this.flags.deleteAllInBatch();
		this.events.deleteAllInBatch();
		this.dossiers.deleteAllInBatch();
	}

}
