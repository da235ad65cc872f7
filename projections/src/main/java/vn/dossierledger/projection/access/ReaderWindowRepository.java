package vn.dossierledger.projection.access;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReaderWindowRepository extends JpaRepository<ReaderWindow, String> {

}
