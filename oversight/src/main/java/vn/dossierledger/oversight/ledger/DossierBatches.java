package vn.dossierledger.oversight.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers whole dossiers into batches of about {@value #BATCH_EVENTS} events: large
 * enough that handing a batch to a worker costs little beside hashing it.
 */
final class DossierBatches {

	static final int BATCH_EVENTS = 2_000;

	private final Consumer<List<List<StoredEvent>>> consumer;

	private List<List<StoredEvent>> batch = new ArrayList<>();

	private int batchEvents;

	DossierBatches(Consumer<List<List<StoredEvent>>> consumer) {
		this.consumer = consumer;
	}

	void add(List<StoredEvent> dossier) {
		if (dossier.isEmpty()) {
			return;
		}
		this.batch.add(dossier);
		this.batchEvents += dossier.size();
		if (this.batchEvents >= BATCH_EVENTS) {
			flush();
		}
	}

	/** Hands over what is gathered; call once the last dossier is added. */
	void flush() {
		if (!this.batch.isEmpty()) {
			this.consumer.accept(this.batch);
			this.batch = new ArrayList<>();
			this.batchEvents = 0;
		}
	}

}
