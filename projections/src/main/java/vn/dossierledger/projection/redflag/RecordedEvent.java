package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.time.Instant;

import vn.dossierledger.events.dossier.DossierEvent;

/**
 * A dossier event with what its message adds: its identifier (the evidence id), its
 * aggregate sequence and the time the ledger recorded it.
 */
record RecordedEvent(String eventId, long sequence, Instant recordedAt, DossierEvent event) {

	Instant businessAt() {
		return this.event.occurredAt();
	}

	/** How long after its business time the event was recorded (negative if before). */
	Duration recordingDelay() {
		return Duration.between(this.event.occurredAt(), this.recordedAt);
	}

	String actorId() {
		return (this.event.actor() != null) ? this.event.actor().id() : null;
	}

	String actorUnitId() {
		return (this.event.actor() != null) ? this.event.actor().unitId() : null;
	}

}
