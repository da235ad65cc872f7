package vn.dossierledger.projection.redflag;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceEventRepository extends JpaRepository<EvidenceEvent, String> {

	List<EvidenceEvent> findByEventIdInOrderBySequenceAsc(Collection<String> eventIds);

}
