package vn.dossierledger.projection.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fact rows, as narrow as the projection needs (Spring Data implements it; unit tests
 * keep a map).
 */
public interface DossierFacts extends Repository<DossierFact, String> {

	Optional<DossierFact> findById(String dossierId);

	List<DossierFact> findAllById(Iterable<String> dossierIds);

	DossierFact save(DossierFact fact);

	/**
	 * In bulk statements, as
	 * {@link vn.dossierledger.projection.status.DossierStatusRepository#deleteAll()}.
	 */
	@Transactional
	@Modifying
	@Query("delete from DossierFact")
	void deleteAll();

}
