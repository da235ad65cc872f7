package vn.dossierledger.projection.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes each read model's lag (events behind the head of the event store) as the
 * gauge {@code dossier_ledger_read_model_lag_events{group=…}}. Registered once the
 * application is ready, when every processor exists; computed on each scrape.
 */
@Component
class ReadModelLagGauges {

	static final String NAME = "dossier_ledger_read_model_lag_events";

	private final ReadModelAdmin readModels;

	private final ObjectProvider<MeterRegistry> registry;

	ReadModelLagGauges(ReadModelAdmin readModels, ObjectProvider<MeterRegistry> registry) {
		this.readModels = readModels;
		this.registry = registry;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		this.registry.ifAvailable((meters) -> this.readModels.processingGroups()
			.forEach((group) -> Gauge.builder(NAME, this.readModels, (readModels) -> readModels.lag(group))
				.description("Events the read model is behind the head of the event store")
				.tag("group", group)
				.register(meters)));
	}

}
