package vn.dossierledger.projection.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The audit projection's per-dossier memory (table audit_dossier_memory). */
interface AuditDossierMemories extends Repository<AuditDossierMemory, String> {

	Optional<AuditDossierMemory> findById(String dossierId);

	List<AuditDossierMemory> findAllById(Iterable<String> dossierIds);

	AuditDossierMemory save(AuditDossierMemory memory);

	void deleteAllInBatch();

}
