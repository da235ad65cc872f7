package vn.dossierledger.projection.controlsheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import vn.dossierledger.projection.ReadModelRow;

import vn.dossierledger.reference.calendar.StatutoryClock;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ of one dossier: header and hand-overs in
 * order. {@code lastSequence} is the aggregate sequence number of the last event applied.
 */
@Entity
@Table(name = "control_sheet")
public class ControlSheet extends ReadModelRow {

	@Id
	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Column(name = "dossier_code", length = 64, nullable = false)
	private String dossierCode;

	@Column(name = "applicant_ref", length = 128, nullable = false)
	private String applicantRef;

	/** Who handed the file in: the applicant or their representative. */
	@Column(name = "submitter_ref", length = 128, nullable = false)
	private String submitterRef;

	@Column(name = "procedure_code", length = 32, nullable = false)
	private String procedureCode;

	@Column(name = "procedure_version", length = 32, nullable = false)
	private String procedureVersion;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "resolving_agency_id", length = 64)
	private String resolvingAgencyId;

	@Column(name = "resolving_agency_name", length = 512)
	private String resolvingAgencyName;

	@Column(name = "last_sequence", nullable = false)
	private long lastSequence;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "control_sheet_row", joinColumns = @JoinColumn(name = "dossier_id"))
	@OrderColumn(name = "hand_over_index")
	private List<HandOverRow> handOvers = new ArrayList<>();

	protected ControlSheet() {
	}

	@Override
	public String getId() {
		return this.dossierId;
	}

	ControlSheet(String dossierId, String dossierCode, String applicantRef, String submitterRef, String procedureCode,
			String procedureVersion) {
		this.dossierId = dossierId;
		this.dossierCode = dossierCode;
		this.applicantRef = applicantRef;
		this.submitterRef = submitterRef;
		this.procedureCode = procedureCode;
		this.procedureVersion = procedureVersion;
		this.lastSequence = -1;
	}

	boolean isNew(long sequence) {
		return sequence > this.lastSequence;
	}

	void applied(long sequence) {
		this.lastSequence = sequence;
	}

	void resolvingAgency(String agencyId, String agencyName) {
		this.resolvingAgencyId = agencyId;
		this.resolvingAgencyName = agencyName;
	}

	void received(String procedureVersion, Instant receivedAt, Instant dueAt) {
		this.procedureVersion = procedureVersion;
		this.receivedAt = receivedAt;
		this.dueAt = dueAt;
	}

	void dueAt(Instant newDueAt) {
		if (newDueAt != null) {
			this.dueAt = newDueAt;
		}
	}

	/** The receiver of the open row handed the file on with this new hand-over. */
	void handOver(HandOverRow next, StatutoryClock clock) {
		if (!this.handOvers.isEmpty()) {
			HandOverRow previous = this.handOvers.get(this.handOvers.size() - 1);
			if (previous.isOpen()) {
				previous.handedOn(next.handedOverAt(), clock);
			}
		}
		this.handOvers.add(next);
	}

	public String dossierId() {
		return this.dossierId;
	}

	public String dossierCode() {
		return this.dossierCode;
	}

	public String applicantRef() {
		return this.applicantRef;
	}

	public String submitterRef() {
		return this.submitterRef;
	}

	public String procedureCode() {
		return this.procedureCode;
	}

	public String procedureVersion() {
		return this.procedureVersion;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public String resolvingAgencyId() {
		return this.resolvingAgencyId;
	}

	public String resolvingAgencyName() {
		return this.resolvingAgencyName;
	}

	public long lastSequence() {
		return this.lastSequence;
	}

	public List<HandOverRow> handOvers() {
		return Collections.unmodifiableList(this.handOvers);
	}

}
