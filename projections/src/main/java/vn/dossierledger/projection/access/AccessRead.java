package vn.dossierledger.projection.access;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.events.query.access.AccessReadView;
import vn.dossierledger.projection.ReadModelRow;

/** One recorded read of a dossier by an official. */
@Entity
@Table(name = "access_read")
public class AccessRead extends ReadModelRow {

	@Id
	@Column(name = "read_id", length = 64)
	private String readId;

	@Column(name = "event_id", length = 64, nullable = false)
	private String eventId;

	@Column(name = "read_at", nullable = false)
	private Instant readAt;

	@Column(name = "reader_id", length = 128, nullable = false)
	private String readerId;

	@Column(name = "reader_roles", length = 200, nullable = false)
	private String readerRoles;

	@Column(name = "reader_unit_id", length = 64)
	private String readerUnitId;

	@Column(name = "dossier_id", length = 64)
	private String dossierId;

	@Column(name = "dossier_code", length = 64)
	private String dossierCode;

	@Column(name = "view_name", length = 32, nullable = false)
	private String view;

	@Column(name = "purpose", length = 500)
	private String purpose;

	@Column(name = "outside_reader_unit", nullable = false)
	private boolean outsideReaderUnit;

	protected AccessRead() {
		// for JPA
	}

	AccessRead(String readId, String eventId, Instant readAt, String readerId, String readerRoles, String readerUnitId,
			String dossierId, String dossierCode, String view, String purpose, boolean outsideReaderUnit) {
		this.readId = readId;
		this.eventId = eventId;
		this.readAt = readAt;
		this.readerId = readerId;
		this.readerRoles = readerRoles;
		this.readerUnitId = readerUnitId;
		this.dossierId = dossierId;
		this.dossierCode = dossierCode;
		this.view = view;
		this.purpose = purpose;
		this.outsideReaderUnit = outsideReaderUnit;
	}

	@Override
	public String getId() {
		return this.readId;
	}

	AccessReadView view() {
		return new AccessReadView(this.readId, this.eventId, this.readAt, this.readerId,
				List.of(this.readerRoles.split(",")), this.readerUnitId, this.dossierId, this.dossierCode, this.view,
				this.purpose, this.outsideReaderUnit);
	}

}
