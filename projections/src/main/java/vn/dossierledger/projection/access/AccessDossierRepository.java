package vn.dossierledger.projection.access;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessDossierRepository extends JpaRepository<AccessDossier, String> {

}
