package vn.dossierledger.command.uniqueness;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One key held by one dossier; the primary key makes a second holder impossible. */
@Entity
@Table(name = "unique_claim")
@IdClass(UniqueClaim.Key.class)
class UniqueClaim {

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "scope", length = 32)
	private ClaimScope scope;

	@Id
	@Column(name = "claim_key", length = 128)
	private String claimKey;

	@Column(name = "owner_id", length = 64, nullable = false)
	private String ownerId;

	/** For JPA. */
	protected UniqueClaim() {
	}

	UniqueClaim(ClaimScope scope, String claimKey, String ownerId) {
		this.scope = scope;
		this.claimKey = claimKey;
		this.ownerId = ownerId;
	}

	String ownerId() {
		return this.ownerId;
	}

	record Key(ClaimScope scope, String claimKey) implements Serializable {

		/** For JPA. */
		Key() {
			this(null, null);
		}

	}

}
