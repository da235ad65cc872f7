package vn.dossierledger.projection.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The citizen steps in a map; a second step with a key already stored fails, as the
 * table's primary key would.
 */
final class InMemoryStepStore implements CitizenStepStore {

	private final Map<String, Map<Long, CitizenStepRow>> steps = new TreeMap<>();

	@Override
	public CitizenStepRow save(CitizenStepRow step) {
		Map<Long, CitizenStepRow> ofDossier = this.steps.computeIfAbsent(step.dossierId(), (id) -> new TreeMap<>());
		if (ofDossier.putIfAbsent(step.sequenceNumber(), step) != null) {
			throw new IllegalStateException("Step " + step.getId() + " is stored already");
		}
		return step;
	}

	@Override
	public void deleteAll() {
		this.steps.clear();
	}

	/** The dossier's steps, oldest first, as the repository reads them. */
	List<CitizenStepRow> timeline(String dossierId) {
		List<CitizenStepRow> timeline = new ArrayList<>(this.steps.getOrDefault(dossierId, Map.of()).values());
		timeline.sort(Comparator.comparingLong(CitizenStepRow::sequenceNumber));
		return timeline;
	}

	int size() {
		return this.steps.values().stream().mapToInt(Map::size).sum();
	}

}
