package vn.dossierledger.projection.status;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a supplement request, as a row of {@code citizen_step_item}. */
@Embeddable
public class StepSupplementItem {

	@Column(name = "component_code", length = 32)
	private String componentCode;

	@Column(name = "issue", length = 1000)
	private String issue;

	protected StepSupplementItem() {
		// for JPA
	}

	StepSupplementItem(String componentCode, String issue) {
		this.componentCode = componentCode;
		this.issue = issue;
	}

	public String componentCode() {
		return this.componentCode;
	}

	public String issue() {
		return this.issue;
	}

}
