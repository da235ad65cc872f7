package vn.dossierledger.projection.redflag;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierFactsRepository extends JpaRepository<DossierFacts, String> {

	List<DossierFacts> findByStatusInAndPausedFalse(Collection<String> statuses);

}
