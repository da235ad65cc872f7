package vn.dossierledger.projection.access;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.access.DossierReadRecordedEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.projection.access.ReaderWindow.OutsideRead;
import vn.dossierledger.projection.redflag.OutOfUnitReadFlags;
import vn.dossierledger.projection.redflag.OutOfUnitReadFlags.FlaggedDossier;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The access audit (who read which dossier, searchable by oversight) and its red flag,
 * F21: an official who reads {@code threshold} different dossiers outside their unit
 * within {@code window}. A read is outside the reader's unit when the dossier has never
 * been with that unit (its agency's reception desk, the receiving officer's unit, a unit
 * it was transferred to) by the time of the read. One segment (see application.yml): the
 * reads of one official span many dossiers, so only the global order makes a rebuild
 * equal the live model.
 */
@Component
@ProcessingGroup(AccessAuditProjection.PROCESSING_GROUP)
@EnableConfigurationProperties(OutOfUnitReadsProperties.class)
public class AccessAuditProjection {

	public static final String PROCESSING_GROUP = "access-audit";

	private final AccessReadRepository reads;

	private final AccessDossierRepository dossiers;

	private final ReaderWindowRepository windows;

	private final OutOfUnitReadFlags flags;

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry organisation;

	private final OutOfUnitReadsProperties rule;

	AccessAuditProjection(AccessReadRepository reads, AccessDossierRepository dossiers, ReaderWindowRepository windows,
			OutOfUnitReadFlags flags, ProcedureCatalogue catalogue, OfficerRegistry organisation,
			OutOfUnitReadsProperties rule) {
		this.reads = reads;
		this.dossiers = dossiers;
		this.windows = windows;
		this.flags = flags;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.rule = rule;
	}

	@EventHandler
	void on(DossierSubmittedEvent submitted) {
		// findById (the entity manager's find) never flushes: a value the database
		// refuses
		// fails at commit, where the processor narrows the batch down to its event.
		if (this.dossiers.findById(submitted.dossierId()).isPresent()) {
			return; // redelivered
		}
		Optional<String> agencyId = this.catalogue.version(submitted.procedureCode(), submitted.procedureVersion())
			.map(Procedure::agencyId);
		AccessDossier dossier = new AccessDossier(submitted.dossierId(), submitted.dossierCode(),
				submitted.procedureCode(), agencyId.orElse(null), submitted.applicant().value());
		agencyId.flatMap(this.organisation::agency).map(Agency::receptionUnitId).ifPresent(dossier::withUnit);
		this.dossiers.save(dossier);
	}

	@EventHandler
	void on(DossierReceivedEvent received) {
		withUnit(received.dossierId(), received.actor().unitId());
	}

	@EventHandler
	void on(DossierTransferredEvent transferred) {
		withUnit(transferred.dossierId(), transferred.to().unitId());
	}

	@EventHandler
	void on(DossierReadRecordedEvent read, @MessageIdentifier String eventId) {
		if (this.reads.findById(read.readId()).isPresent()) {
			return; // redelivered
		}
		Optional<AccessDossier> dossier = Optional.ofNullable(read.dossierId()).flatMap(this.dossiers::findById);
		boolean outside = read.readerUnitId() != null
				&& dossier.map((known) -> !known.wasWith(read.readerUnitId())).orElse(false);
		this.reads.save(new AccessRead(read.readId(), eventId, read.readAt(), read.readerId(),
				String.join(",", read.readerRoles()), read.readerUnitId(), read.dossierId(),
				dossier.map(AccessDossier::dossierCode).orElse(null), read.view(), read.purpose(), outside));
		if (outside) {
			countOutsideRead(read, eventId, dossier.get());
		}
	}

	@ResetHandler
	void reset() {
		this.reads.deleteAllInBatch();
		this.dossiers.deleteAllInBatch();
		this.windows.deleteAllInBatch();
		this.flags.deleteAll();
	}

	private void countOutsideRead(DossierReadRecordedEvent read, String eventId, AccessDossier dossier) {
		ReaderWindow window = this.windows.findById(read.readerId()).orElseGet(() -> new ReaderWindow(read.readerId()));
		window.add(new OutsideRead(eventId, dossier.dossierId(), read.readAt()), this.rule.window());
		long dossierCount = window.distinctDossiers();
		if (dossierCount >= this.rule.threshold()) {
			List<String> evidence = window.reads().stream().map(OutsideRead::eventId).toList();
			this.flags.raise(
					new FlaggedDossier(dossier.dossierId(), dossier.dossierCode(), dossier.procedureCode(),
							dossier.agencyId(), dossier.applicantRef()),
					read.readerId(), read.readerUnitId(), evidence, dossierCount, read.readAt());
			window.clear();
		}
		this.windows.save(window);
	}

	private void withUnit(String dossierId, String unitId) {
		this.dossiers.findById(dossierId).filter((dossier) -> dossier.withUnit(unitId)).ifPresent(this.dossiers::save);
	}

}
