package vn.dossierledger.projection.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import vn.dossierledger.projection.ReadModelRow;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DossierStatus;

/**
 * Everything the indicators need to know about one dossier, kept current as its events
 * arrive. Counting is left to SQL at query time, so a fact row never stores a verdict
 * that depends on "now" (an open dossier's on-time status, DOMAIN R6).
 * <p>
 * {@code lastSequence} is the dossier's last applied event sequence: a redelivered or
 * replayed event changes nothing.
 */
@Entity
@Table(name = "stat_dossier_fact")
public class DossierFact extends ReadModelRow {

	@Id
	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Column(name = "last_sequence", nullable = false)
	private long lastSequence;

	@Column(name = "procedure_code", nullable = false, length = 32)
	private String procedureCode;

	@Column(name = "procedure_version", nullable = false, length = 32)
	private String procedureVersion;

	/**
	 * The competent agency of the procedure version: whose 766 score the dossier feeds.
	 */
	@Column(name = "agency_id", nullable = false, length = 64)
	private String agencyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false, length = 16)
	private Channel channel;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitted_day", nullable = false)
	private LocalDate submittedDay;

	@Column(name = "received_at")
	private Instant receivedAt;

	/** The period key of the indicators: DOMAIN §7.3 filters by receipt. */
	@Column(name = "received_day")
	private LocalDate receivedDay;

	/**
	 * The appointment date shifted by the working time paused (supplements, payments),
	 * but not by an apology: an apology admits lateness, it does not cure it.
	 */
	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "apology_due_at")
	private Instant apologyDueAt;

	/** Start of the current pause of the statutory clock, if paused. */
	@Column(name = "paused_since")
	private Instant pausedSince;

	@Column(name = "paused_working_minutes", nullable = false)
	private long pausedWorkingMinutes;

	@Column(name = "processing_supplement_requests", nullable = false)
	private int processingSupplementRequests;

	@Column(name = "intake_supplement_requests", nullable = false)
	private int intakeSupplementRequests;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 24)
	private DossierStatus status;

	/** End of processing: the first closing status by R6 precedence. */
	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_on_time")
	private Boolean closedOnTime;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "resolved_day")
	private LocalDate resolvedDay;

	@Column(name = "resolution_working_minutes")
	private Long resolutionWorkingMinutes;

	@Column(name = "fully_online_eligible", nullable = false)
	private boolean fullyOnlineEligible;

	@Column(name = "paper_result", nullable = false)
	private boolean paperResult;

	/**
	 * Fees of the procedure version are not all zero (nor, once requested, the
	 * dossier's).
	 */
	@Column(name = "fee_bearing", nullable = false)
	private boolean feeBearing;

	@Column(name = "paid_online", nullable = false)
	private boolean paidOnline;

	@Column(name = "electronic_result", nullable = false)
	private boolean electronicResult;

	@Column(name = "components_digitised", nullable = false)
	private boolean componentsDigitised;

	@Column(name = "data_reused", nullable = false)
	private boolean dataReused;

	@Column(name = "delivered", nullable = false)
	private boolean delivered;

	@Column(name = "rating")
	private Integer rating;

	@Column(name = "apologies", nullable = false)
	private int apologies;

	@Column(name = "due_date_missed", nullable = false)
	private boolean dueDateMissed;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "stat_dossier_officer", joinColumns = @JoinColumn(name = "dossier_id"))
	@MapKeyColumn(name = "officer_id", length = 64)
	private Map<String, OfficerInvolvement> officers = new LinkedHashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "stat_step_hold", joinColumns = @JoinColumn(name = "dossier_id"))
	@OrderColumn(name = "hold_index")
	private List<StepHold> holds = new ArrayList<>();

	protected DossierFact() {
		// for JPA
	}

	@Override
	public String getId() {
		return this.dossierId;
	}

	DossierFact(String dossierId, long sequence, String procedureCode, String procedureVersion, String agencyId,
			Channel channel, Instant submittedAt, LocalDate submittedDay, ProcedureTraits traits) {
		this.dossierId = dossierId;
		this.lastSequence = sequence;
		this.procedureCode = procedureCode;
		this.procedureVersion = procedureVersion;
		this.agencyId = agencyId;
		this.channel = channel;
		this.submittedAt = submittedAt;
		this.submittedDay = submittedDay;
		this.status = DossierStatus.SUBMITTED;
		this.fullyOnlineEligible = traits.fullyOnlineEligible();
		this.paperResult = traits.paperResult();
		this.feeBearing = traits.feeBearing();
	}

	/** The procedure facts a dossier inherits from the version it was submitted under. */
	record ProcedureTraits(boolean fullyOnlineEligible, boolean paperResult, boolean feeBearing) {
	}

	/**
	 * @return whether the event at {@code sequence} is new to this fact (and marks it
	 * applied)
	 */
	boolean accept(long sequence) {
		if (sequence <= this.lastSequence) {
			return false;
		}
		this.lastSequence = sequence;
		return true;
	}

	void documents(boolean allDigitised, boolean anyReused) {
		this.componentsDigitised = allDigitised;
		this.dataReused = this.dataReused || anyReused;
	}

	void moreDocuments(boolean allDigitised, boolean anyReused) {
		this.componentsDigitised = this.componentsDigitised && allDigitised;
		this.dataReused = this.dataReused || anyReused;
	}

	OfficerInvolvement involve(String officerId, String unitId, Instant at, LocalDate day) {
		return this.officers.computeIfAbsent(officerId, (id) -> new OfficerInvolvement(unitId, at, day));
	}

	void requestIntakeSupplement() {
		this.intakeSupplementRequests++;
		this.status = DossierStatus.INTAKE_SUPPLEMENT;
	}

	void supplementSubmitted() {
		this.status = DossierStatus.SUBMITTED;
	}

	void rejectAtIntake(Instant at) {
		this.status = DossierStatus.INTAKE_REJECTED;
		this.closedAt = at;
	}

	void receive(Instant at, LocalDate day, Instant dueAt) {
		this.status = DossierStatus.RECEIVED;
		this.receivedAt = at;
		this.receivedDay = day;
		this.dueAt = dueAt;
	}

	void transferred() {
		this.status = DossierStatus.IN_PROCESSING;
	}

	void pause(Instant at, DossierStatus pausedStatus) {
		this.status = pausedStatus;
		if (this.pausedSince == null) {
			this.pausedSince = at;
		}
	}

	void requestProcessingSupplement(Instant at) {
		this.processingSupplementRequests++;
		pause(at, DossierStatus.AWAITING_SUPPLEMENT);
	}

	/**
	 * The clock resumes; the due date moves by the working minutes the aggregate
	 * measured.
	 * @param shiftedDueAt the statutory due date moved by {@code pausedMinutes}
	 */
	void resume(long pausedMinutes, Instant shiftedDueAt) {
		this.status = DossierStatus.IN_PROCESSING;
		this.pausedSince = null;
		this.pausedWorkingMinutes += pausedMinutes;
		this.dueAt = shiftedDueAt;
	}

	void paid(boolean online) {
		this.paidOnline = this.paidOnline || online;
	}

	void feesRequested(long totalAmountVnd) {
		this.feeBearing = totalAmountVnd > 0;
	}

	void apologise(Instant newDueAt) {
		this.apologies++;
		this.apologyDueAt = newDueAt;
	}

	void missDueDate() {
		this.dueDateMissed = true;
	}

	/**
	 * Closes processing once: the first closing event wins (R6 precedence, since a result
	 * always precedes its delivery). A dossier waiting for a supplement ends at the
	 * request (R4), and more than one processing-stage request is late (R3).
	 * @param onTime the verdict of {@code StatutoryClock.closedOnTime}; {@code null} for
	 * a dossier never received
	 */
	void close(Instant at, DossierStatus closingStatus, Boolean onTime) {
		this.status = closingStatus;
		if (this.closedAt == null) {
			this.closedAt = at;
			this.closedOnTime = onTime;
		}
		this.pausedSince = null;
	}

	/** The open processing-stage supplement request's time, if one is open. */
	Instant awaitingSupplementSince() {
		return (this.status == DossierStatus.AWAITING_SUPPLEMENT) ? this.pausedSince : null;
	}

	void resolve(Instant at, LocalDate day, long workingMinutesNetOfPauses, boolean electronicResultFile) {
		this.resolvedAt = at;
		this.resolvedDay = day;
		this.resolutionWorkingMinutes = workingMinutesNetOfPauses;
		this.electronicResult = electronicResultFile;
	}

	void deliver() {
		this.delivered = true;
		this.status = DossierStatus.DELIVERED;
	}

	void rate(int score) {
		if (this.rating == null) {
			this.rating = score;
		}
	}

	void takeHold(String officerId, String unitId, String stepCode, Instant at) {
		this.holds.add(new StepHold(officerId, unitId, stepCode, at));
	}

	/** The hold not yet handed on, if any. */
	StepHold openHold() {
		for (int i = this.holds.size() - 1; i >= 0; i--) {
			if (this.holds.get(i).isOpen()) {
				return this.holds.get(i);
			}
		}
		return null;
	}

	public String dossierId() {
		return this.dossierId;
	}

	public long lastSequence() {
		return this.lastSequence;
	}

	public String procedureCode() {
		return this.procedureCode;
	}

	public String agencyId() {
		return this.agencyId;
	}

	public Channel channel() {
		return this.channel;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public LocalDate receivedDay() {
		return this.receivedDay;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public Instant apologyDueAt() {
		return this.apologyDueAt;
	}

	public Instant pausedSince() {
		return this.pausedSince;
	}

	public long pausedWorkingMinutes() {
		return this.pausedWorkingMinutes;
	}

	public int processingSupplementRequests() {
		return this.processingSupplementRequests;
	}

	public int intakeSupplementRequests() {
		return this.intakeSupplementRequests;
	}

	public DossierStatus status() {
		return this.status;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public Boolean closedOnTime() {
		return this.closedOnTime;
	}

	public Instant resolvedAt() {
		return this.resolvedAt;
	}

	public Long resolutionWorkingMinutes() {
		return this.resolutionWorkingMinutes;
	}

	public boolean fullyOnlineEligible() {
		return this.fullyOnlineEligible;
	}

	public boolean paperResult() {
		return this.paperResult;
	}

	public boolean feeBearing() {
		return this.feeBearing;
	}

	public boolean paidOnline() {
		return this.paidOnline;
	}

	public boolean electronicResult() {
		return this.electronicResult;
	}

	public boolean componentsDigitised() {
		return this.componentsDigitised;
	}

	public boolean dataReused() {
		return this.dataReused;
	}

	public boolean delivered() {
		return this.delivered;
	}

	public Integer rating() {
		return this.rating;
	}

	public int apologies() {
		return this.apologies;
	}

	public boolean hasMissedDueDate() {
		return this.dueDateMissed;
	}

	public Map<String, OfficerInvolvement> officers() {
		return Map.copyOf(this.officers);
	}

	public List<StepHold> holds() {
		return List.copyOf(this.holds);
	}

}
