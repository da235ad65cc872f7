package vn.dossierledger.projection.status;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.projection.ReadModelRow;
import vn.dossierledger.projection.StoredTime;
import vn.dossierledger.reference.calendar.StatutoryClock;

/**
 * One dossier's status as citizens and desks see it. Changed only by
 * {@link DossierStatusProjection}; {@code lastSequence} is the aggregate sequence number
 * of the last event applied, so a redelivered event is recognised and ignored.
 */
@Entity
@Table(name = "dossier_status")
public class DossierStatusRow extends ReadModelRow {

	@Id
	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Column(name = "dossier_code", length = 64, nullable = false)
	private String dossierCode;

	@Column(name = "lookup_secret_sha256", length = 64)
	private String lookupSecretSha256;

	@Column(name = "applicant_ref", length = 128, nullable = false)
	private String applicantRef;

	@Column(name = "representative_ref", length = 128)
	private String representativeRef;

	@Column(name = "procedure_code", length = 32, nullable = false)
	private String procedureCode;

	@Column(name = "procedure_version", length = 32, nullable = false)
	private String procedureVersion;

	@Column(name = "procedure_name", length = 512)
	private String procedureName;

	@Column(name = "agency_id", length = 64)
	private String agencyId;

	@Column(name = "agency_name", length = 512)
	private String agencyName;

	/** The one-stop desk receiving for the competent agency. */
	@Column(name = "desk_unit_id", length = 64)
	private String deskUnitId;

	@Column(name = "channel", length = 16, nullable = false)
	private String channel;

	@Column(name = "status", length = 32, nullable = false)
	private String status;

	@Column(name = "national_status_code", nullable = false)
	private int nationalStatusCode;

	@Column(name = "status_label", length = 128, nullable = false)
	private String statusLabel;

	@Column(name = "status_before_payment", length = 32)
	private String statusBeforePayment;

	/** Status 5 or 6: waiting for the citizen. */
	@Column(name = "paused", nullable = false)
	private boolean paused;

	/** Not terminal: still on somebody's desk. */
	@Column(name = "active", nullable = false)
	private boolean active;

	@Column(name = "current_step", length = 64)
	private String currentStep;

	@Column(name = "holder_officer_id", length = 64)
	private String holderOfficerId;

	@Column(name = "holder_unit_id", length = 64)
	private String holderUnitId;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	/**
	 * The statutory clock recorded that the due date in force passed while the dossier
	 * was open.
	 */
	@Column(name = "due_date_missed", nullable = false)
	private boolean dueDateMissed;

	/**
	 * The due date at receipt, shifted by the working time paused for supplements and
	 * payments but not moved by an apology: what the 766 statistics judge lateness by.
	 */
	@Column(name = "statutory_due_at")
	private Instant statutoryDueAt;

	@Column(name = "processing_supplement_requests", nullable = false)
	private int processingSupplementRequests;

	/** Since when the dossier waits for a processing-stage supplement. */
	@Column(name = "paused_since")
	private Instant pausedSince;

	/**
	 * The statutory clock's verdict at the first closing event of a received dossier;
	 * {@code null} while open or never received.
	 */
	@Column(name = "closed_on_time")
	private Boolean closedOnTime;

	/**
	 * Late, from recorded events only: closed late (the verdict above), or open with its
	 * due date in force recorded as missed.
	 */
	@Column(name = "overdue", nullable = false)
	private boolean overdue;

	@Column(name = "apology_issued", nullable = false)
	private boolean apologyIssued;

	@Column(name = "apology_new_due_at")
	private Instant apologyNewDueAt;

	@Column(name = "amount_due_vnd", nullable = false)
	private long amountDueVnd;

	@Column(name = "amount_paid_vnd", nullable = false)
	private long amountPaidVnd;

	@Column(name = "withdrawal_requested", nullable = false)
	private boolean withdrawalRequested;

	@Column(name = "rated", nullable = false)
	private boolean rated;

	@Column(name = "next_action", length = 48, nullable = false)
	private String nextAction;

	@Column(name = "last_sequence", nullable = false)
	private long lastSequence;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected DossierStatusRow() {
	}

	@Override
	public String getId() {
		return this.dossierId;
	}

	DossierStatusRow(String dossierId, String dossierCode, String lookupSecretSha256, String applicantRef,
			String representativeRef, String channel, Instant submittedAt) {
		this.dossierId = dossierId;
		this.dossierCode = dossierCode;
		this.lookupSecretSha256 = lookupSecretSha256;
		this.applicantRef = applicantRef;
		this.representativeRef = representativeRef;
		this.channel = channel;
		this.submittedAt = submittedAt;
		this.lastSequence = -1;
		moveTo(DossierStatus.SUBMITTED);
	}

	/** Whether the event with this aggregate sequence number is new to this row. */
	boolean isNew(long sequence) {
		return sequence > this.lastSequence;
	}

	void applied(long sequence, Instant recordedAt) {
		this.lastSequence = sequence;
		this.updatedAt = recordedAt;
		this.overdue = (this.closedOnTime != null) ? !this.closedOnTime : this.dueDateMissed;
		refreshNextAction();
	}

	void procedure(String code, String version, String name, String agencyId, String agencyName, String deskUnitId) {
		this.procedureCode = code;
		this.procedureVersion = version;
		this.procedureName = name;
		this.agencyId = agencyId;
		this.agencyName = agencyName;
		this.deskUnitId = deskUnitId;
	}

	void moveTo(DossierStatus next) {
		this.status = next.name();
		this.nationalStatusCode = next.nationalCode();
		this.statusLabel = next.vietnameseLabel();
		this.paused = next == DossierStatus.AWAITING_SUPPLEMENT || next == DossierStatus.INTAKE_SUPPLEMENT
				|| next == DossierStatus.AWAITING_PAYMENT;
		this.active = !next.isTerminal();
		refreshNextAction();
	}

	/**
	 * Resolved, delivered, stopped, refused or withdrawn: the first of them counts, and a
	 * received dossier gets the statutory clock's verdict on it, as the 766 statistics
	 * do: ended by then (a dossier waiting for a supplement ends at the request, R4), and
	 * sent back for a processing-stage supplement at most once (R3).
	 */
	void close(DossierStatus closing, Instant at, StatutoryClock clock) {
		if (this.closedAt == null) {
			this.closedAt = at;
			if (this.receivedAt != null && this.statutoryDueAt != null) {
				this.closedOnTime = clock.closedOnTime(at,
						(status() == DossierStatus.AWAITING_SUPPLEMENT) ? this.pausedSince : null, this.statutoryDueAt,
						this.processingSupplementRequests);
			}
		}
		moveTo(closing);
	}

	void processingSupplementRequested(Instant at) {
		this.processingSupplementRequests++;
		this.pausedSince = at;
		moveTo(DossierStatus.AWAITING_SUPPLEMENT);
	}

	/** Processing resumes: the statutory due date moves by the working time paused. */
	void resumed(long pausedWorkingMinutes, StatutoryClock clock) {
		this.pausedSince = null;
		if (this.statutoryDueAt != null && pausedWorkingMinutes > 0) {
			this.statutoryDueAt = StoredTime.stored(clock.addWorkingMinutes(this.statutoryDueAt, pausedWorkingMinutes));
		}
	}

	void heldBy(String officerId, String unitId) {
		this.holderOfficerId = officerId;
		this.holderUnitId = unitId;
	}

	void atStep(String stepCode) {
		this.currentStep = stepCode;
	}

	void received(String procedureVersion, Instant receivedAt, Instant dueAt) {
		this.procedureVersion = procedureVersion;
		this.receivedAt = receivedAt;
		this.dueAt = StoredTime.stored(dueAt);
		this.statutoryDueAt = StoredTime.stored(dueAt);
	}

	/**
	 * A new due date in force (pause shifted, or an apology's appointment): a miss of the
	 * earlier one no longer describes it.
	 */
	void dueAt(Instant newDueAt) {
		if (!StoredTime.sameStored(newDueAt, this.dueAt)) {
			this.dueAt = StoredTime.stored(newDueAt);
			this.dueDateMissed = false;
		}
	}

	void dueDateMissed(Instant missedDueAt) {
		if (StoredTime.sameStored(missedDueAt, this.dueAt)) {
			this.dueDateMissed = true;
		}
	}

	void apologised(Instant newDueAt) {
		this.apologyIssued = true;
		this.apologyNewDueAt = newDueAt;
		dueAt(newDueAt);
	}

	void awaitPayment(long amountVnd) {
		this.amountDueVnd += amountVnd;
		if (status() == DossierStatus.RESOLVED) {
			return; // collected on delivery: the dossier stays resolved
		}
		this.statusBeforePayment = this.status;
		moveTo(DossierStatus.AWAITING_PAYMENT);
	}

	void paid(long amountVnd, Instant newDueAt) {
		this.amountPaidVnd += amountVnd;
		if (this.statusBeforePayment != null && status() == DossierStatus.AWAITING_PAYMENT) {
			moveTo(DossierStatus.valueOf(this.statusBeforePayment));
		}
		if (newDueAt != null) {
			dueAt(newDueAt);
		}
	}

	void refunded(long amountVnd) {
		this.amountPaidVnd -= amountVnd;
	}

	void withdrawalRequested() {
		this.withdrawalRequested = true;
	}

	void rated() {
		this.rated = true;
	}

	/**
	 * Late, from recorded events only (never the moment of asking): closed after its
	 * statutory due date, or open with its due date in force recorded as missed.
	 */
	public boolean overdue() {
		return this.overdue;
	}

	public Boolean closedOnTime() {
		return this.closedOnTime;
	}

	/**
	 * Whether a citizen's lookup (code and secret hash) is for this dossier. The code is
	 * no secret; the secret's digests are compared in constant time.
	 */
	public boolean answers(String code, String secretSha256) {
		return LookupSecretDigest.matches(this.lookupSecretSha256, secretSha256) && this.dossierCode.equals(code);
	}

	/** Whether this citizen filed the dossier, as its applicant or its representative. */
	public boolean filedBy(String subjectRef) {
		return subjectRef != null
				&& (subjectRef.equals(this.applicantRef) || subjectRef.equals(this.representativeRef));
	}

	/** The SHA-256 of the dossier's lookup secret, in hex, as submitted. */
	public String lookupSecretSha256() {
		return this.lookupSecretSha256;
	}

	private void refreshNextAction() {
		this.nextAction = CitizenNextAction
			.of(status(), this.withdrawalRequested, this.amountPaidVnd < this.amountDueVnd, this.rated)
			.name();
	}

	public DossierStatus status() {
		return DossierStatus.valueOf(this.status);
	}

	public CitizenNextAction nextAction() {
		return CitizenNextAction.valueOf(this.nextAction);
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

	public String representativeRef() {
		return this.representativeRef;
	}

	public String procedureCode() {
		return this.procedureCode;
	}

	public String procedureVersion() {
		return this.procedureVersion;
	}

	public String procedureName() {
		return this.procedureName;
	}

	public String agencyId() {
		return this.agencyId;
	}

	public String agencyName() {
		return this.agencyName;
	}

	public String deskUnitId() {
		return this.deskUnitId;
	}

	public String channel() {
		return this.channel;
	}

	public boolean paused() {
		return this.paused;
	}

	public boolean active() {
		return this.active;
	}

	public String currentStep() {
		return this.currentStep;
	}

	public String holderOfficerId() {
		return this.holderOfficerId;
	}

	public String holderUnitId() {
		return this.holderUnitId;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public boolean apologyIssued() {
		return this.apologyIssued;
	}

	public Instant apologyNewDueAt() {
		return this.apologyNewDueAt;
	}

	public long amountDueVnd() {
		return this.amountDueVnd;
	}

	public long amountPaidVnd() {
		return this.amountPaidVnd;
	}

	public long lastSequence() {
		return this.lastSequence;
	}

}
