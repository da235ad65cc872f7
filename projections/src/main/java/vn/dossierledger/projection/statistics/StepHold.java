package vn.dossierledger.projection.statistics;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One officer holding a dossier at a step: from receiving it (receipt or transfer) to
 * handing it on (transfer, result, stop or withdrawal). Open while {@code handedOnAt} is
 * null.
 */
@Embeddable
public class StepHold {

	@Column(name = "officer_id", nullable = false, length = 64)
	private String officerId;

	@Column(name = "unit_id", length = 64)
	private String unitId;

	@Column(name = "step_code", nullable = false, length = 64)
	private String stepCode;

	@Column(name = "taken_at", nullable = false)
	private Instant takenAt;

	@Column(name = "handed_on_at")
	private Instant handedOnAt;

	@Column(name = "handed_on_day")
	private LocalDate handedOnDay;

	@Column(name = "held_working_minutes")
	private Long heldWorkingMinutes;

	protected StepHold() {
		// for JPA
	}

	StepHold(String officerId, String unitId, String stepCode, Instant takenAt) {
		this.officerId = officerId;
		this.unitId = unitId;
		this.stepCode = stepCode;
		this.takenAt = takenAt;
	}

	void handOn(Instant at, LocalDate day, long workingMinutes) {
		this.handedOnAt = at;
		this.handedOnDay = day;
		this.heldWorkingMinutes = workingMinutes;
	}

	boolean isOpen() {
		return this.handedOnAt == null;
	}

	public String officerId() {
		return this.officerId;
	}

	public String unitId() {
		return this.unitId;
	}

	public String stepCode() {
		return this.stepCode;
	}

	public Instant takenAt() {
		return this.takenAt;
	}

	public Instant handedOnAt() {
		return this.handedOnAt;
	}

	public Long heldWorkingMinutes() {
		return this.heldWorkingMinutes;
	}

}
