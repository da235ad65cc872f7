package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The flags raised on one dossier, as a batch of events keeps them (new ones are added).
 */
record DossierFlags(String dossierId, List<RedFlag> flags) {

	/** The loaded flags grouped by dossier; dossiers without flags get none. */
	static List<DossierFlags> of(Collection<String> dossierIds, List<RedFlag> loaded) {
		Map<String, List<RedFlag>> byDossier = loaded.stream()
			.collect(Collectors.groupingBy(RedFlag::dossierId, Collectors.toCollection(ArrayList::new)));
		return dossierIds.stream()
			.map((dossierId) -> new DossierFlags(dossierId, byDossier.getOrDefault(dossierId, new ArrayList<>())))
			.toList();
	}

}
