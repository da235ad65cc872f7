package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.projection.ReadModelRow;

/**
 * One raised red flag. Its id is derived from rule, dossier and evidence key, so a replay
 * raises the same flag under the same id. {@code revision} counts changes and
 * {@code indexedRevision} is the last one mirrored into Elasticsearch.
 */
@Entity
@Table(name = "red_flag")
public class RedFlag extends ReadModelRow {

	@Id
	@Column(name = "flag_id", length = 64)
	private String flagId;

	@Column(name = "rule_id", length = 8, nullable = false)
	private String ruleId;

	@Column(name = "rule_version", nullable = false)
	private int ruleVersion;

	@Column(name = "rule_name", length = 128, nullable = false)
	private String ruleName;

	@Column(name = "dossier_id", length = 64, nullable = false)
	private String dossierId;

	@Column(name = "dossier_code", length = 64, nullable = false)
	private String dossierCode;

	@Column(name = "procedure_code", length = 32)
	private String procedureCode;

	/** Comma-delimited, with a leading and trailing comma, so that LIKE finds one id. */
	@Column(name = "officer_ids", length = 1000, nullable = false)
	private String officerIds;

	@Column(name = "subject_refs", length = 1000, nullable = false)
	private String subjectRefs;

	@Column(name = "unit_id", length = 64)
	private String unitId;

	@Column(name = "agency_id", length = 64)
	private String agencyId;

	@Column(name = "evidence_event_ids", length = 2000, nullable = false)
	private String evidenceEventIds;

	@Column(name = "score", nullable = false)
	private double score;

	@Column(name = "description", length = 2000, nullable = false)
	private String description;

	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;

	@Column(name = "flag_open", nullable = false)
	private boolean open;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_reason", length = 512)
	private String closedReason;

	@Column(name = "revision", nullable = false)
	private int revision;

	@Column(name = "indexed_revision", nullable = false)
	private int indexedRevision;

	protected RedFlag() {
		// for JPA
	}

	@Override
	public String getId() {
		return this.flagId;
	}

	RedFlag(String flagId, FlagRule rule, DossierFacts dossier, Raise raise) {
		this.flagId = flagId;
		this.ruleId = rule.id();
		this.ruleVersion = rule.version();
		this.ruleName = rule.title();
		this.dossierId = dossier.dossierId();
		this.dossierCode = dossier.dossierCode();
		this.procedureCode = dossier.procedureCode();
		this.subjectRefs = IdList.join(List.of(dossier.applicantRef()));
		this.agencyId = dossier.agencyId();
		this.open = true;
		this.revision = 1;
		this.indexedRevision = 0;
		update(raise);
	}

	/** A raise of the same flag with more evidence or a new score. */
	boolean update(Raise raise) {
		String officers = IdList.join(raise.officerIds());
		String evidence = IdList.join(raise.evidenceEventIds());
		String unit = (raise.unitId() != null) ? raise.unitId() : this.unitId;
		if (officers.equals(this.officerIds) && evidence.equals(this.evidenceEventIds) && raise.score() == this.score
				&& raise.description().equals(this.description) && raise.raisedAt().equals(this.raisedAt)
				&& java.util.Objects.equals(unit, this.unitId)) {
			return false;
		}
		this.officerIds = officers;
		this.evidenceEventIds = evidence;
		this.score = raise.score();
		this.description = truncate(raise.description(), 2000);
		this.raisedAt = raise.raisedAt();
		this.unitId = unit;
		changed();
		return true;
	}

	boolean rescore(double newScore) {
		if (!this.open || newScore == this.score) {
			return false;
		}
		this.score = newScore;
		changed();
		return true;
	}

	boolean close(Instant at, String reason) {
		if (!this.open) {
			return false;
		}
		this.open = false;
		this.closedAt = at;
		this.closedReason = truncate(reason, 512);
		changed();
		return true;
	}

	void indexed(int pushedRevision) {
		this.indexedRevision = Math.max(this.indexedRevision, pushedRevision);
	}

	private void changed() {
		this.revision++;
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	public String flagId() {
		return this.flagId;
	}

	public String ruleId() {
		return this.ruleId;
	}

	public int ruleVersion() {
		return this.ruleVersion;
	}

	public String ruleName() {
		return this.ruleName;
	}

	public String dossierId() {
		return this.dossierId;
	}

	public String dossierCode() {
		return this.dossierCode;
	}

	public String procedureCode() {
		return this.procedureCode;
	}

	public List<String> officerIds() {
		return IdList.split(this.officerIds);
	}

	public List<String> subjectRefs() {
		return IdList.split(this.subjectRefs);
	}

	public String unitId() {
		return this.unitId;
	}

	public String agencyId() {
		return this.agencyId;
	}

	public List<String> evidenceEventIds() {
		return IdList.split(this.evidenceEventIds);
	}

	public double score() {
		return this.score;
	}

	public String description() {
		return this.description;
	}

	public Instant raisedAt() {
		return this.raisedAt;
	}

	public boolean open() {
		return this.open;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public String closedReason() {
		return this.closedReason;
	}

	int revision() {
		return this.revision;
	}

	boolean needsIndexing() {
		return this.indexedRevision < this.revision;
	}

}
