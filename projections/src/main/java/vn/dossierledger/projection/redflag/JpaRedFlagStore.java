package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.dossierledger.projection.BatchRows;

/** The red-flag storage on the three JPA repositories. */
@Component
class JpaRedFlagStore implements RedFlagStore {

	private final DossierFactsRepository dossiers;

	private final EvidenceEventRepository events;

	private final RedFlagRepository flags;

	/** The facts of the current batch's dossiers, loaded once per batch. */
	private final BatchRows<DossierFacts> batch;

	/**
	 * The flags of the current batch's dossiers, loaded once per batch: a query in the
	 * middle of a batch would also make Hibernate dirty-check every row the batch holds
	 * (auto flush), so a batch of n events cost n² checks.
	 */
	private final BatchRows<DossierFlags> batchFlags;

	JpaRedFlagStore(DossierFactsRepository dossiers, EvidenceEventRepository events, RedFlagRepository flags) {
		this.dossiers = dossiers;
		this.events = events;
		this.flags = flags;
		this.batch = new BatchRows<>(RedFlagProjection.PROCESSING_GROUP, dossiers::findById, dossiers::findAllById,
				DossierFacts::dossierId);
		this.batchFlags = new BatchRows<>(RedFlagProjection.PROCESSING_GROUP + ".flags",
				(dossierId) -> Optional.of(new DossierFlags(dossierId, flags.findByDossierIdIn(List.of(dossierId)))),
				(dossierIds) -> DossierFlags.of(dossierIds, flags.findByDossierIdIn(dossierIds)),
				DossierFlags::dossierId);
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
	public List<RedFlag> flags(String dossierId) {
		return dossierFlags(dossierId).flags();
	}

	@Override
	public void save(RedFlag flag) {
		// A new flag joins its dossier's flags in the batch; outside one, the next lookup
		// queries (and Hibernate flushes the insert first).
		if (flag.isNew()) {
			this.batchFlags.cached(flag.dossierId())
				.map(DossierFlags::flags)
				.filter((known) -> !known.contains(flag))
				.ifPresent((known) -> known.add(flag));
		}
		this.flags.save(flag);
	}

	private DossierFlags dossierFlags(String dossierId) {
		return this.batchFlags.find(dossierId).orElseGet(() -> {
			DossierFlags none = new DossierFlags(dossierId, new ArrayList<>());
			this.batchFlags.created(none);
			return none;
		});
	}

	@Override
	public void deleteAll() {
		// The access audit's flags are its own processing group's to rebuild.
		this.flags.deleteAllButRule(OutOfUnitReadFlags.RULE.id());
		this.events.deleteAllInBatch();
		this.dossiers.deleteAllInBatch();
	}

}
