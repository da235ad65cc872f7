package vn.dossierledger.projection.status;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a fee request, as a row of {@code citizen_step_fee}. */
@Embeddable
public class StepFeeLine {

	@Column(name = "name", length = 256)
	private String name;

	@Column(name = "amount_vnd", nullable = false)
	private long amountVnd;

	protected StepFeeLine() {
		// for JPA
	}

	StepFeeLine(String name, long amountVnd) {
		this.name = name;
		this.amountVnd = amountVnd;
	}

	public String name() {
		return this.name;
	}

	public long amountVnd() {
		return this.amountVnd;
	}

}
