package vn.dossierledger.projection.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The status rows in a map. */
final class InMemoryStatusStore implements DossierStatusStore {

	private final Map<String, DossierStatusRow> rows = new HashMap<>();

	@Override
	public Optional<DossierStatusRow> findById(String dossierId) {
		return Optional.ofNullable(this.rows.get(dossierId));
	}

	@Override
	public List<DossierStatusRow> findAllById(Iterable<String> dossierIds) {
		List<DossierStatusRow> found = new ArrayList<>();
		dossierIds.forEach((id) -> findById(id).ifPresent(found::add));
		return found;
	}

	@Override
	public DossierStatusRow save(DossierStatusRow row) {
		this.rows.put(row.dossierId(), row);
		return row;
	}

	@Override
	public void deleteAll() {
		this.rows.clear();
	}

}
