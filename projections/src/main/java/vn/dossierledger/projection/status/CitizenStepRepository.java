package vn.dossierledger.projection.status;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** The citizen_step table and its items and fee lines, read by the query side. */
public interface CitizenStepRepository extends Repository<CitizenStepRow, CitizenStepRow.Key>, CitizenStepStore {

	/** A dossier's steps, oldest first; their items and fee lines come in batches. */
	@Query("select s from CitizenStepRow s where s.dossierId = :dossierId order by s.sequenceNumber")
	List<CitizenStepRow> findTimeline(@Param("dossierId") String dossierId);

	/**
	 * Every step in bulk statements, as the status rows are: Hibernate empties the items
	 * and fee lines first.
	 */
	@Override
	@Transactional
	@Modifying
	@Query("delete from CitizenStepRow")
	void deleteAll();

}
