package vn.dossierledger.projection.redflag;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RedFlagRepository extends JpaRepository<RedFlag, String> {

	List<RedFlag> findByDossierIdIn(Collection<String> dossierIds);

	@Query("select f from RedFlag f where f.indexedRevision < f.revision order by f.flagId")
	List<RedFlag> findNotYetIndexed(Pageable page);

	@Query("select count(f) from RedFlag f where f.indexedRevision < f.revision")
	long countNotYetIndexed();

	/** Records that the given revision is in Elasticsearch (unless a later one is). */
	@Modifying
	@Query("update RedFlag f set f.indexedRevision = :revision where f.flagId = :flagId "
			+ "and f.indexedRevision < :revision")
	int markIndexed(@Param("flagId") String flagId, @Param("revision") int revision);

	@Modifying
	@Query("delete from RedFlag f where f.ruleId = :ruleId")
	void deleteByRule(@Param("ruleId") String ruleId);

	@Modifying
	@Query("delete from RedFlag f where f.ruleId <> :ruleId")
	void deleteAllButRule(@Param("ruleId") String ruleId);

}
