package vn.dossierledger.projection.redflag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.projection.BatchRows;

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

	/** The facts of the current batch's dossiers, loaded once per batch. */
	private final BatchRows<DossierFacts> batch;

	JpaRedFlagStore(DossierFactsRepository dossiers, EvidenceEventRepository events, RedFlagRepository flags) {
		this.dossiers = dossiers;
		this.events = events;
		this.flags = flags;
		this.batch = new BatchRows<>(RedFlagProjection.PROCESSING_GROUP, dossiers::findById, dossiers::findAllById,
				DossierFacts::dossierId);
	}

	@Override
	public Optional<DossierFacts> facts(String dossierId) {
		return this.batch.find(dossierId);
	}

	@Override
	public void save(DossierFacts facts) {
		this.dossiers.save(facts);
		this.batch.created(facts);
	}

	@Override
	public void save(EvidenceEvent event) {
		// No existence check (a select per event): the projection stores an event only
		// when its sequence is new to the dossier, in the transaction that records it.
		this.events.save(event);
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
