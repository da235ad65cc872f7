package vn.dossierledger.projection.access;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccessReadRepository extends JpaRepository<AccessRead, String>, JpaSpecificationExecutor<AccessRead> {

}
