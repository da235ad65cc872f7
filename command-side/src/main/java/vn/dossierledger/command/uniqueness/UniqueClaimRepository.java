package vn.dossierledger.command.uniqueness;

import org.springframework.data.jpa.repository.JpaRepository;

interface UniqueClaimRepository extends JpaRepository<UniqueClaim, UniqueClaim.Key> {

}
