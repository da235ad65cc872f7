package vn.dossierledger.projection.redflag;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.projection.ReadModelRow;

/**
 * One event of a dossier as a flag cites it: type, business and recorded time, actor.
 * Kept so that a flag's evidence can be shown without reading the event store.
 */
@Entity
@Table(name = "red_flag_event")
public class EvidenceEvent extends ReadModelRow {

	@Id
	@Column(name = "event_id", length = 64)
	private String eventId;

	@Column(name = "dossier_id", length = 64, nullable = false)
	private String dossierId;

	@Column(name = "sequence_number", nullable = false)
	private long sequence;

	@Column(name = "event_type", length = 64, nullable = false)
	private String eventType;

	@Column(name = "business_at", nullable = false)
	private Instant businessAt;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "actor_id", length = 128)
	private String actorId;

	@Column(name = "actor_role", length = 32)
	private String actorRole;

	@Column(name = "actor_unit_id", length = 64)
	private String actorUnitId;

	protected EvidenceEvent() {
		// for JPA
	}

	@Override
	public String getId() {
		return this.eventId;
	}

	EvidenceEvent(RecordedEvent recorded) {
		this.eventId = recorded.eventId();
		this.dossierId = recorded.event().dossierId();
		this.sequence = recorded.sequence();
		this.eventType = recorded.event().getClass().getSimpleName();
		this.businessAt = recorded.event().occurredAt();
		this.recordedAt = recorded.recordedAt();
		if (recorded.event().actor() != null) {
			this.actorId = recorded.event().actor().id();
			this.actorRole = recorded.event().actor().role().name();
			this.actorUnitId = recorded.event().actor().unitId();
		}
	}

	public String eventId() {
		return this.eventId;
	}

	public String dossierId() {
		return this.dossierId;
	}

	public long sequence() {
		return this.sequence;
	}

	public String eventType() {
		return this.eventType;
	}

	public Instant businessAt() {
		return this.businessAt;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public String actorId() {
		return this.actorId;
	}

	public String actorRole() {
		return this.actorRole;
	}

	public String actorUnitId() {
		return this.actorUnitId;
	}

}
