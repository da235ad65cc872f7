package vn.dossierledger.projection.redflag;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierFactsRepository extends JpaRepository<DossierFacts, String> {

}
