package vn.dossierledger.projection.statistics;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What one officer did on one dossier: the basis of the officer and unit filters and of
 * the oversight rates.
 */
@Embeddable
public class OfficerInvolvement {

	@Column(name = "unit_id", length = 64)
	private String unitId;

	@Column(name = "first_acted_at", nullable = false)
	private Instant firstActedAt;

	/**
	 * The day the officer first acted, in the calendar's zone: the oversight period key.
	 */
	@Column(name = "first_acted_day", nullable = false)
	private LocalDate firstActedDay;

	@Column(name = "intake_decisions", nullable = false)
	private int intakeDecisions;

	@Column(name = "intake_refusals", nullable = false)
	private int intakeRefusals;

	@Column(name = "supplement_requests", nullable = false)
	private int supplementRequests;

	@Column(name = "apologies", nullable = false)
	private int apologies;

	protected OfficerInvolvement() {
		// for JPA
	}

	OfficerInvolvement(String unitId, Instant firstActedAt, LocalDate firstActedDay) {
		this.unitId = unitId;
		this.firstActedAt = firstActedAt;
		this.firstActedDay = firstActedDay;
	}

	void countIntakeDecision(boolean refusal) {
		this.intakeDecisions++;
		if (refusal) {
			this.intakeRefusals++;
		}
	}

	void countSupplementRequest() {
		this.supplementRequests++;
	}

	void countApology() {
		this.apologies++;
	}

	public String unitId() {
		return this.unitId;
	}

	public Instant firstActedAt() {
		return this.firstActedAt;
	}

	public LocalDate firstActedDay() {
		return this.firstActedDay;
	}

	public int intakeDecisions() {
		return this.intakeDecisions;
	}

	public int intakeRefusals() {
		return this.intakeRefusals;
	}

	public int supplementRequests() {
		return this.supplementRequests;
	}

	public int apologies() {
		return this.apologies;
	}

}
