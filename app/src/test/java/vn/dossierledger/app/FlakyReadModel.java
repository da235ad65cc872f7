package vn.dossierledger.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;

/**
 * A test-only read model, processed like the real ones (pooled streaming processor, JPA
 * dead-letter queue) when a test sets them under {@link #PROCESSOR}, whose handler throws
 * on the receipt of one chosen dossier while told to: a failure the tests can switch on
 * and off. Its model remembers the last sequence applied per dossier.
 */
@ProcessingGroup(FlakyReadModel.PROCESSING_GROUP)
class FlakyReadModel {

	static final String PROCESSING_GROUP = "flaky-test-read-model";

	static final String PROCESSOR = "axon.eventhandling.processors." + PROCESSING_GROUP;

	private final Map<String, Long> lastApplied = new ConcurrentHashMap<>();

	private volatile String failingDossierId;

	void failOnReceiptOf(String dossierId) {
		this.failingDossierId = dossierId;
	}

	void stopFailing() {
		this.failingDossierId = null;
	}

	Long lastAppliedSequence(String dossierId) {
		return this.lastApplied.get(dossierId);
	}

	@EventHandler
	void on(DossierEvent event, @SequenceNumber long sequence) {
		if (event instanceof DossierReceivedEvent && event.dossierId().equals(this.failingDossierId)) {
			throw new IllegalStateException("flaky read model refuses the receipt of " + event.dossierId());
		}
		this.lastApplied.merge(event.dossierId(), sequence, Math::max);
	}

	@ResetHandler
	void reset() {
		this.lastApplied.clear();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FlakyReadModel flakyReadModel() {
			return new FlakyReadModel();
		}

	}

}
