package vn.dossierledger.projection.redflag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The red-flag storage in maps, for plain unit tests. */
class InMemoryRedFlagStore implements RedFlagStore {

	final Map<String, DossierFacts> dossiers = new LinkedHashMap<>();

	final Map<String, EvidenceEvent> events = new LinkedHashMap<>();

	final Map<String, RedFlag> flags = new LinkedHashMap<>();

	@Override
	public Optional<DossierFacts> facts(String dossierId) {
		return Optional.ofNullable(this.dossiers.get(dossierId));
	}

	@Override
	public void save(DossierFacts facts) {
		this.dossiers.put(facts.dossierId(), facts);
	}

	@Override
	public void save(EvidenceEvent event) {
		this.events.putIfAbsent(event.eventId(), event);
	}

	@Override
	public void save(RedFlag flag) {
		this.flags.put(flag.flagId(), flag);
	}

	@Override
	public List<RedFlag> flags(String dossierId) {
		return this.flags.values().stream().filter((flag) -> flag.dossierId().equals(dossierId)).toList();
	}

	@Override
	public void deleteAll() {
		this.flags.clear();
		this.events.clear();
		this.dossiers.clear();
	}

}
