package vn.dossierledger.projection.status;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.projection.StoredTime;

/**
 * One step of a dossier's citizen timeline: a citizen-visible event, keyed by the dossier
 * and the event's aggregate sequence number, with the facts the citizen needs of it.
 * Written once by {@link DossierStatusProjection}, with the status row it moved, and
 * never changed. Items and fee lines are child tables rather than text: typed columns
 * sized to the command limits on both databases, no format of its own to version, and
 * compared item by item like every other read-model row.
 */
@Entity
@Table(name = "citizen_step")
@IdClass(CitizenStepRow.Key.class)
public class CitizenStepRow implements Persistable<CitizenStepRow.Key> {

	@Id
	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Id
	@Column(name = "sequence_number")
	private long sequenceNumber;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "step", length = 32, nullable = false)
	private String step;

	@Column(name = "national_status_code", nullable = false)
	private int nationalStatusCode;

	@Column(name = "reason", length = 2000)
	private String reason;

	@Column(name = "legal_basis", length = 1000)
	private String legalBasis;

	@Column(name = "unit_id", length = 64)
	private String unitId;

	@Column(name = "unit_name", length = 512)
	private String unitName;

	@Column(name = "amount_vnd")
	private Long amountVnd;

	@Column(name = "new_due_at")
	private Instant newDueAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "citizen_step_item",
			joinColumns = { @JoinColumn(name = "dossier_id", referencedColumnName = "dossier_id"),
					@JoinColumn(name = "sequence_number", referencedColumnName = "sequence_number") })
	@OrderColumn(name = "item_index")
	private List<StepSupplementItem> supplementItems = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "citizen_step_fee",
			joinColumns = { @JoinColumn(name = "dossier_id", referencedColumnName = "dossier_id"),
					@JoinColumn(name = "sequence_number", referencedColumnName = "sequence_number") })
	@OrderColumn(name = "fee_index")
	private List<StepFeeLine> fees = new ArrayList<>();

	/** New until persisted or loaded: a new step costs one insert, never a select. */
	@Transient
	private boolean stored;

	protected CitizenStepRow() {
	}

	CitizenStepRow(String dossierId, long sequenceNumber, Instant occurredAt, CitizenStep step) {
		this.dossierId = dossierId;
		this.sequenceNumber = sequenceNumber;
		this.occurredAt = occurredAt;
		this.step = step.name();
	}

	CitizenStepRow reasoned(String reason, String legalBasis) {
		this.reason = reason;
		this.legalBasis = legalBasis;
		return this;
	}

	CitizenStepRow askingFor(List<SupplementItem> items) {
		items.forEach((item) -> this.supplementItems.add(new StepSupplementItem(item.componentCode(), item.issue())));
		return this;
	}

	CitizenStepRow charging(List<FeeLine> lines, long totalVnd) {
		lines.forEach((line) -> this.fees.add(new StepFeeLine(line.name(), line.amountVnd())));
		this.amountVnd = totalVnd;
		return this;
	}

	CitizenStepRow amounting(long amountVnd) {
		this.amountVnd = amountVnd;
		return this;
	}

	CitizenStepRow toUnit(String unitId, String unitName) {
		this.unitId = unitId;
		this.unitName = unitName;
		return this;
	}

	/**
	 * Where the step left the dossier: its status, and its due date when the step set or
	 * moved it.
	 */
	void after(DossierStatusRow row, Instant dueBefore) {
		this.nationalStatusCode = row.status().nationalCode();
		if (row.dueAt() != null && !StoredTime.sameStored(row.dueAt(), dueBefore)) {
			this.newDueAt = row.dueAt();
		}
	}

	@Override
	public Key getId() {
		return new Key(this.dossierId, this.sequenceNumber);
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	public String dossierId() {
		return this.dossierId;
	}

	public long sequenceNumber() {
		return this.sequenceNumber;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public CitizenStep step() {
		return CitizenStep.valueOf(this.step);
	}

	public int nationalStatusCode() {
		return this.nationalStatusCode;
	}

	public String reason() {
		return this.reason;
	}

	public String legalBasis() {
		return this.legalBasis;
	}

	public String unitId() {
		return this.unitId;
	}

	public String unitName() {
		return this.unitName;
	}

	public Long amountVnd() {
		return this.amountVnd;
	}

	public Instant newDueAt() {
		return this.newDueAt;
	}

	public List<StepSupplementItem> supplementItems() {
		return Collections.unmodifiableList(this.supplementItems);
	}

	public List<StepFeeLine> fees() {
		return Collections.unmodifiableList(this.fees);
	}

	/** A step's primary key: the dossier and the event's aggregate sequence number. */
	public record Key(String dossierId, long sequenceNumber) implements Serializable {

		/** For JPA. */
		Key() {
			this(null, 0);
		}

	}

}
