package vn.dossierledger.projection.controlsheet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.dossierledger.reference.calendar.StatutoryClock;

/** One row of the control sheet: a hand-over, and once handed on, how the step went. */
@Embeddable
public class HandOverRow {

	@Column(name = "kind", length = 24, nullable = false)
	private String kind;

	@Column(name = "giver_id", length = 128)
	private String giverId;

	@Column(name = "giver_unit_id", length = 64)
	private String giverUnitId;

	@Column(name = "receiver_id", length = 128)
	private String receiverId;

	@Column(name = "receiver_unit_id", length = 64)
	private String receiverUnitId;

	@Column(name = "receiver_agency_id", length = 64)
	private String receiverAgencyId;

	@Column(name = "receiver_agency_name", length = 512)
	private String receiverAgencyName;

	@Column(name = "handed_over_at", nullable = false)
	private Instant handedOverAt;

	@Column(name = "step_code", length = 64)
	private String stepCode;

	@Column(name = "step_name", length = 512)
	private String stepName;

	@Column(name = "step_deadline")
	private Instant stepDeadline;

	@Column(name = "handed_on_at")
	private Instant handedOnAt;

	@Column(name = "outcome", length = 16)
	private String outcome;

	@Column(name = "held_working_minutes")
	private Long heldWorkingMinutes;

	protected HandOverRow() {
	}

	HandOverRow(HandOverKind kind, Party giver, Party receiver, Instant handedOverAt, String stepCode, String stepName,
			Instant stepDeadline) {
		this.kind = kind.name();
		this.giverId = giver.id();
		this.giverUnitId = giver.unitId();
		this.receiverId = receiver.id();
		this.receiverUnitId = receiver.unitId();
		this.receiverAgencyId = receiver.agencyId();
		this.receiverAgencyName = receiver.agencyName();
		this.handedOverAt = handedOverAt;
		this.stepCode = stepCode;
		this.stepName = stepName;
		this.stepDeadline = stepDeadline;
	}

	/** Who gives or receives: a person (officer or subject) and where they sit. */
	record Party(String id, String unitId, String agencyId, String agencyName) {
	}

	boolean isOpen() {
		return this.handedOnAt == null && kind() != HandOverKind.RESULT_DELIVERED;
	}

	/**
	 * The receiver handed the file on: the working time they held it and, against the
	 * step deadline, the outcome.
	 */
	void handedOn(Instant at, StatutoryClock clock) {
		this.handedOnAt = at;
		this.heldWorkingMinutes = clock.workingMinutesBetween(this.handedOverAt, at);
		this.outcome = (this.stepDeadline != null) ? HandOverOutcome.judge(clock, at, this.stepDeadline).name() : null;
	}

	public HandOverKind kind() {
		return HandOverKind.valueOf(this.kind);
	}

	public String giverId() {
		return this.giverId;
	}

	public String giverUnitId() {
		return this.giverUnitId;
	}

	public String receiverId() {
		return this.receiverId;
	}

	public String receiverUnitId() {
		return this.receiverUnitId;
	}

	public String receiverAgencyId() {
		return this.receiverAgencyId;
	}

	public String receiverAgencyName() {
		return this.receiverAgencyName;
	}

	public Instant handedOverAt() {
		return this.handedOverAt;
	}

	public String stepCode() {
		return this.stepCode;
	}

	public String stepName() {
		return this.stepName;
	}

	public Instant stepDeadline() {
		return this.stepDeadline;
	}

	public Instant handedOnAt() {
		return this.handedOnAt;
	}

	/** {@code null} until handed on, and for rows without a step deadline. */
	public HandOverOutcome outcome() {
		return (this.outcome != null) ? HandOverOutcome.valueOf(this.outcome) : null;
	}

	public Long heldWorkingMinutes() {
		return this.heldWorkingMinutes;
	}

}
