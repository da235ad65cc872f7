package vn.dossierledger.projection.redflag;

import java.util.List;
import java.util.Optional;

/**
 * What the red-flag projection needs of its storage: the JPA repositories in the
 * application, maps in unit tests.
 */
interface RedFlagStore {

	Optional<DossierFacts> facts(String dossierId);

	void save(DossierFacts facts);

	/**
	 * Stores an event the dossier's facts have not applied yet (so it is not stored
	 * either).
	 */
	void save(EvidenceEvent event);

	/** Every flag raised on the dossier, open or closed (a few at most). */
	List<RedFlag> flags(String dossierId);

	void save(RedFlag flag);

	void deleteAll();

}
