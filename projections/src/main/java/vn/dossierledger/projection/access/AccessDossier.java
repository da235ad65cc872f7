package vn.dossierledger.projection.access;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.projection.ReadModelRow;

/**
 * A dossier as the access audit judges reads of it: the units it has been with (the
 * agency's reception desk, the receiving officer's, each unit it was transferred to).
 */
@Entity
@Table(name = "access_dossier")
public class AccessDossier extends ReadModelRow {

	@Id
	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Column(name = "dossier_code", length = 64, nullable = false)
	private String dossierCode;

	@Column(name = "procedure_code", length = 32, nullable = false)
	private String procedureCode;

	@Column(name = "agency_id", length = 64)
	private String agencyId;

	@Column(name = "applicant_ref", length = 128, nullable = false)
	private String applicantRef;

	/** Comma-delimited with a leading and a trailing comma. */
	@Column(name = "unit_ids", length = 2000, nullable = false)
	private String unitIds;

	protected AccessDossier() {
		// for JPA
	}

	AccessDossier(String dossierId, String dossierCode, String procedureCode, String agencyId, String applicantRef) {
		this.dossierId = dossierId;
		this.dossierCode = dossierCode;
		this.procedureCode = procedureCode;
		this.agencyId = agencyId;
		this.applicantRef = applicantRef;
		this.unitIds = ",";
	}

	@Override
	public String getId() {
		return this.dossierId;
	}

	String dossierId() {
		return this.dossierId;
	}

	String dossierCode() {
		return this.dossierCode;
	}

	String procedureCode() {
		return this.procedureCode;
	}

	String agencyId() {
		return this.agencyId;
	}

	String applicantRef() {
		return this.applicantRef;
	}

	/**
	 * @return whether the unit is new to the dossier
	 */
	boolean withUnit(String unitId) {
		if (unitId == null || wasWith(unitId)) {
			return false;
		}
		this.unitIds = this.unitIds + unitId + ",";
		return true;
	}

	boolean wasWith(String unitId) {
		return this.unitIds.contains("," + unitId + ",");
	}

	List<String> unitIds() {
		return Arrays.stream(this.unitIds.split(",")).filter((id) -> !id.isEmpty()).toList();
	}

}
