package vn.dossierledger.projection.status;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** The dossier_status table, read by the query side. */
public interface DossierStatusRepository
		extends Repository<DossierStatusRow, String>, DossierStatusStore, JpaSpecificationExecutor<DossierStatusRow> {

	/**
	 * The citizen's lookup, the hottest query: JPQL rather than a derived query, because
	 * Hibernate caches the plans of query strings, not of criteria.
	 */
	@Query("select r from DossierStatusRow r where r.dossierCode = :code")
	Optional<DossierStatusRow> findByDossierCode(@Param("code") String dossierCode);

	@Query("select r from DossierStatusRow r where r.applicantRef = :subject or r.representativeRef = :subject")
	Page<DossierStatusRow> findFiledBy(@Param("subject") String subjectRef, Pageable pageable);

	/**
	 * Every row in bulk statements: a rebuild on millions of rows must not load them
	 * first, as Spring Data's {@code deleteAll} would (one entity at a time, all in the
	 * heap: a replay app ran out of memory there). For an entity with element collections
	 * Hibernate empties their tables first.
	 */
	@Override
	@Transactional
	@Modifying
	@Query("delete from DossierStatusRow")
	void deleteAll();

}
