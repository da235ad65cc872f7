package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds events to the red-flag projection the way the processor does (identifier,
 * sequence, recorded time) and remembers them to redeliver or replay. There is nothing
 * else to do: no flag depends on when the model is asked, only on the events fed.
 */
final class RedFlagHarness {

	final InMemoryRedFlagStore store = new InMemoryRedFlagStore();

	final StatutoryClock clock = new StatutoryClock(WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE));

	private final RedFlagProjection projection;

	private final List<RecordedEvent> history = new ArrayList<>();

	RedFlagHarness() {
		this(RedFlagProperties.defaults());
	}

	RedFlagHarness(RedFlagProperties properties) {
		YamlProcedureCatalogue catalogue = YamlProcedureCatalogue.loadDefault();
		this.projection = new RedFlagProjection(this.store, new RedFlagRules(properties, catalogue, this.clock),
				catalogue, YamlOfficerRegistry.loadDefault());
	}

	/** Feeds the event, recorded at its business time; returns its identifier. */
	String feed(DossierEvent event) {
		return feed(event, event.occurredAt());
	}

	String feed(DossierEvent event, Instant recordedAt) {
		RecordedEvent recorded = new RecordedEvent("evt-" + this.history.size(), this.history.size(), recordedAt,
				event);
		this.history.add(recorded);
		deliver(recorded);
		return recorded.eventId();
	}

	List<RedFlagView> flags() {
		return this.store.flags.values().stream().map(RedFlagViews::view).toList();
	}

	List<RedFlagView> flags(FlagRule rule) {
		return flags().stream().filter((flag) -> flag.ruleId().equals(rule.id())).toList();
	}

	RedFlagView only(FlagRule rule) {
		List<RedFlagView> raised = flags(rule);
		assertThat(raised).as("flags of %s", rule.id()).hasSize(1);
		return raised.get(0);
	}

	/** Delivers every event again, as after a crash before the token was stored. */
	void redeliverAll() {
		this.history.forEach(this::deliver);
	}

	/** Resets the model and feeds the whole history again. */
	void replay() {
		this.projection.reset();
		this.history.forEach(this::deliver);
	}

	/** Asserts that redelivering the whole history changes no flag. */
	void assertRedeliveryChangesNothing() {
		List<RedFlagView> before = flags();
		redeliverAll();
		assertThat(flags()).as("after redelivery").isEqualTo(before);
	}

	private void deliver(RecordedEvent recorded) {
		this.projection.on(recorded.event(), recorded.eventId(), recorded.sequence(), recorded.recordedAt());
	}

}
