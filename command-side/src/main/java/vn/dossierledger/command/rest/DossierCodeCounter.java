package vn.dossierledger.command.rest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Next sequence number of dossier codes per prefix (agency code and day). */
@Entity
@Table(name = "dossier_code_counter")
class DossierCodeCounter {

	@Id
	@Column(name = "prefix", length = 64)
	private String prefix;

	@Column(name = "next_value", nullable = false)
	private long nextValue;

	/** For JPA. */
	protected DossierCodeCounter() {
	}

	DossierCodeCounter(String prefix) {
		this.prefix = prefix;
		this.nextValue = 1;
	}

	long take() {
		return this.nextValue++;
	}

}
