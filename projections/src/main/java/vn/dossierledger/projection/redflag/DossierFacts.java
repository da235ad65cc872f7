package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.projection.ReadModelRow;

import static vn.dossierledger.projection.StoredTime.stored;

/**
 * What the red-flag rules remember of one dossier's history. Changed only by
 * {@link RedFlagProjection}; {@code lastSequence} is the aggregate sequence of the last
 * event applied, so a redelivered event is recognised and ignored.
 */
@Entity
@Table(name = "red_flag_dossier")
public class DossierFacts extends ReadModelRow {

	@Id
	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Column(name = "dossier_code", length = 64, nullable = false)
	private String dossierCode;

	@Column(name = "procedure_code", length = 32, nullable = false)
	private String procedureCode;

	@Column(name = "procedure_version", length = 32, nullable = false)
	private String procedureVersion;

	@Column(name = "agency_id", length = 64)
	private String agencyId;

	@Column(name = "desk_unit_id", length = 64)
	private String deskUnitId;

	@Column(name = "channel", length = 16, nullable = false)
	private String channel;

	@Column(name = "applicant_ref", length = 128, nullable = false)
	private String applicantRef;

	@Column(name = "submitted_components", length = 2000, nullable = false)
	private String submittedComponents;

	@Column(name = "status", length = 32, nullable = false)
	private String status;

	/** Waiting for the citizen with the statutory clock stopped. */
	@Column(name = "paused", nullable = false)
	private boolean paused;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "receipt_event_id", length = 64)
	private String receiptEventId;

	@Column(name = "receiving_officer_id", length = 128)
	private String receivingOfficerId;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "apology_count", nullable = false)
	private int apologyCount;

	@Column(name = "apology_event_ids", length = 2000, nullable = false)
	private String apologyEventIds;

	@Column(name = "holder_officer_id", length = 128)
	private String holderOfficerId;

	@Column(name = "holder_unit_id", length = 64)
	private String holderUnitId;

	@Column(name = "holder_since")
	private Instant holderSince;

	@Column(name = "holder_transfer_event_id", length = 64)
	private String holderTransferEventId;

	/**
	 * The aggregate sequence of that transfer, as the statutory clock's events name it.
	 */
	@Column(name = "holder_transfer_sequence")
	private Long holderTransferSequence;

	/**
	 * The holding limit the statutory clock recorded as exceeded by the current holder
	 * (F6), with that event and the factor k it records; null until then.
	 */
	@Column(name = "holding_limit_at")
	private Instant holdingLimitAt;

	@Column(name = "holding_limit_event_id", length = 64)
	private String holdingLimitEventId;

	@Column(name = "holding_limit_factor")
	private Double holdingLimitFactor;

	@Column(name = "last_valid_signature_at")
	private Instant lastValidSignatureAt;

	@Column(name = "last_valid_signature_event_id", length = 64)
	private String lastValidSignatureEventId;

	@Column(name = "intake_supplement_event_ids", length = 2000, nullable = false)
	private String intakeSupplementEventIds;

	@Column(name = "processing_supplement_event_ids", length = 2000, nullable = false)
	private String processingSupplementEventIds;

	@Column(name = "specialist_opinion_recorded", nullable = false)
	private boolean specialistOpinionRecorded;

	@Column(name = "electronic_result_issued", nullable = false)
	private boolean electronicResultIssued;

	@Column(name = "delivered", nullable = false)
	private boolean delivered;

	@Column(name = "last_event_id", length = 64)
	private String lastEventId;

	@Column(name = "last_business_at")
	private Instant lastBusinessAt;

	@Column(name = "last_sequence", nullable = false)
	private long lastSequence;

	protected DossierFacts() {
		// for JPA
	}

	@Override
	public String getId() {
		return this.dossierId;
	}

	DossierFacts(String dossierId, String dossierCode, String procedureCode, String procedureVersion, String agencyId,
			String deskUnitId, String channel, String applicantRef, List<String> components) {
		this.dossierId = dossierId;
		this.dossierCode = dossierCode;
		this.procedureCode = procedureCode;
		this.procedureVersion = procedureVersion;
		this.agencyId = agencyId;
		this.deskUnitId = deskUnitId;
		this.channel = channel;
		this.applicantRef = applicantRef;
		this.submittedComponents = IdList.join(components);
		this.status = DossierStatus.SUBMITTED.name();
		this.intakeSupplementEventIds = ",";
		this.processingSupplementEventIds = ",";
		this.apologyEventIds = ",";
		this.lastSequence = -1;
	}

	boolean isNew(long sequence) {
		return sequence > this.lastSequence;
	}

	/**
	 * The time the timed rules judge an event at: its business time, or the latest one of
	 * the history so far if that is later (a statutory clock event is dated at the
	 * instant it marks, which may be before events recorded ahead of it).
	 */
	Instant asOf(Instant businessAt) {
		Instant at = stored(businessAt);
		return (this.lastBusinessAt != null && this.lastBusinessAt.isAfter(at)) ? this.lastBusinessAt : at;
	}

	void applied(long sequence, String eventId, Instant businessAt) {
		this.lastSequence = sequence;
		this.lastEventId = eventId;
		if (this.lastBusinessAt == null || stored(businessAt).isAfter(this.lastBusinessAt)) {
			this.lastBusinessAt = stored(businessAt);
		}
	}

	void moveTo(DossierStatus next, boolean pausedNow) {
		this.status = next.name();
		this.paused = pausedNow;
	}

	void componentsSubmitted(List<String> components) {
		List<String> all = new java.util.ArrayList<>(submittedComponents());
		all.addAll(components);
		this.submittedComponents = IdList.join(all);
	}

	void received(Instant at, String eventId, String officerId, String procedureVersionReceived, Instant due) {
		this.receivedAt = stored(at);
		this.receiptEventId = eventId;
		this.receivingOfficerId = officerId;
		this.procedureVersion = procedureVersionReceived;
		this.dueAt = stored(due);
	}

	void dueAt(Instant due) {
		if (due != null) {
			this.dueAt = stored(due);
		}
	}

	/** Whether the dossier is due at that instant (as stored). */
	boolean isDueAt(Instant due) {
		return this.dueAt != null && this.dueAt.equals(stored(due));
	}

	void apologised(String eventId, Instant newDue) {
		this.apologyCount++;
		this.apologyEventIds = IdList.append(this.apologyEventIds, eventId);
		dueAt(newDue);
	}

	void heldBy(String officerId, String unitId, Instant since, String transferEventId, Long transferSequence) {
		this.holderOfficerId = officerId;
		this.holderUnitId = unitId;
		this.holderSince = stored(since);
		this.holderTransferEventId = transferEventId;
		this.holderTransferSequence = transferSequence;
		this.holdingLimitAt = null;
		this.holdingLimitEventId = null;
		this.holdingLimitFactor = null;
	}

	void holdingLimitExceeded(Instant limitAt, String eventId, double factor) {
		this.holdingLimitAt = stored(limitAt);
		this.holdingLimitEventId = eventId;
		this.holdingLimitFactor = factor;
	}

	void validSignature(Instant at, String eventId) {
		this.lastValidSignatureAt = stored(at);
		this.lastValidSignatureEventId = eventId;
	}

	void intakeSupplementRequested(String eventId) {
		this.intakeSupplementEventIds = IdList.append(this.intakeSupplementEventIds, eventId);
	}

	void processingSupplementRequested(String eventId) {
		this.processingSupplementEventIds = IdList.append(this.processingSupplementEventIds, eventId);
	}

	void recordSpecialistOpinion() {
		this.specialistOpinionRecorded = true;
	}

	void resultIssued(boolean electronic) {
		this.electronicResultIssued = this.electronicResultIssued || electronic;
	}

	void markDelivered() {
		this.delivered = true;
	}

	public String dossierId() {
		return this.dossierId;
	}

	public String dossierCode() {
		return this.dossierCode;
	}

	public String procedureCode() {
		return this.procedureCode;
	}

	public String procedureVersion() {
		return this.procedureVersion;
	}

	public String agencyId() {
		return this.agencyId;
	}

	public String deskUnitId() {
		return this.deskUnitId;
	}

	public String channel() {
		return this.channel;
	}

	public String applicantRef() {
		return this.applicantRef;
	}

	List<String> submittedComponents() {
		return IdList.split(this.submittedComponents);
	}

	DossierStatus status() {
		return DossierStatus.valueOf(this.status);
	}

	boolean paused() {
		return this.paused;
	}

	/** Received, not yet resolved or closed, and the statutory clock is running. */
	boolean clockRunning() {
		return status().isOpenAfterReceipt() && !this.paused;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	String receiptEventId() {
		return this.receiptEventId;
	}

	String receivingOfficerId() {
		return this.receivingOfficerId;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	int apologyCount() {
		return this.apologyCount;
	}

	List<String> apologyEventIds() {
		return IdList.split(this.apologyEventIds);
	}

	String holderOfficerId() {
		return this.holderOfficerId;
	}

	String holderUnitId() {
		return this.holderUnitId;
	}

	Instant holderSince() {
		return this.holderSince;
	}

	String holderTransferEventId() {
		return this.holderTransferEventId;
	}

	Long holderTransferSequence() {
		return this.holderTransferSequence;
	}

	Instant holdingLimitAt() {
		return this.holdingLimitAt;
	}

	String holdingLimitEventId() {
		return this.holdingLimitEventId;
	}

	Double holdingLimitFactor() {
		return this.holdingLimitFactor;
	}

	Instant lastValidSignatureAt() {
		return this.lastValidSignatureAt;
	}

	String lastValidSignatureEventId() {
		return this.lastValidSignatureEventId;
	}

	List<String> intakeSupplementEventIds() {
		return IdList.split(this.intakeSupplementEventIds);
	}

	List<String> processingSupplementEventIds() {
		return IdList.split(this.processingSupplementEventIds);
	}

	boolean specialistOpinionRecorded() {
		return this.specialistOpinionRecorded;
	}

	boolean electronicResultIssued() {
		return this.electronicResultIssued;
	}

	boolean delivered() {
		return this.delivered;
	}

	String lastEventId() {
		return this.lastEventId;
	}

	Instant lastBusinessAt() {
		return this.lastBusinessAt;
	}

}
