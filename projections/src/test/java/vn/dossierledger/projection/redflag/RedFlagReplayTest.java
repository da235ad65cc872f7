package vn.dossierledger.projection.redflag;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

/**
 * The red-flag model is a function of the ledger: dossiers late, parked, apologised,
 * paused and resolved in time, their events interleaved as in a province's stream, built
 * live and then replayed twice from the first event give the same tables row for row, the
 * time-based F4 and F6 included.
 */
class RedFlagReplayTest {

	private static final Instant DUE = at("16:10");

	/**
	 * Twice the 180 working minutes of the step from 08:20 (see
	 * ParkedWithOfficerRuleTest).
	 */
	private static final Instant LIMIT = at("15:50");

	private final InMemoryRedFlagStore store = new InMemoryRedFlagStore();

	private final RedFlagProjection projection;

	private final List<RecordedEvent> ledger = new ArrayList<>();

	private final Map<String, Long> sequences = new HashMap<>();

	RedFlagReplayTest() {
		YamlProcedureCatalogue catalogue = YamlProcedureCatalogue.loadDefault();
		StatutoryClock clock = new StatutoryClock(WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE));
		this.projection = new RedFlagProjection(this.store,
				new RedFlagRules(RedFlagProperties.defaults(), catalogue, clock), catalogue,
				YamlOfficerRegistry.loadDefault());
	}

	@Test
	void replayingTheSameLedgerTwiceGivesIdenticalTables() {
		for (String dossier : List.of("late", "on-time", "apologised", "paused", "resolved-late")) {
			record(dossier, submittedWithDocuments(Channel.ONLINE, "08:00"));
			record(dossier, received("08:10", DUE));
			record(dossier, transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
		}
		Instant nextDue = on("2026-03-03", "16:00");
		record("apologised", apologised("14:00", DUE, nextDue));
		record("on-time", specialistOpinion("14:30"));
		record("paused", supplementRequested("15:00"));
		record("on-time", resultIssued("15:00"));
		// The statutory clock: the holding limits and the due date of what is still held.
		record("late", holdingLimitExceeded("08:20", LIMIT));
		record("resolved-late", holdingLimitExceeded("08:20", LIMIT));
		record("late", dueDateMissed(DUE));
		record("on-time", delivered("17:00"));
		record("resolved-late", resultIssued("17:30"));
		record("paused", supplementReceived("09:00", on("2026-03-03", "11:10")));
		record("apologised", resultIssued("11:00"));
		record("paused", resultIssued("11:00"));

		List<String> live = tables();
		assertThat(openAndClosed("F4")).containsExactlyInAnyOrder("late open", "resolved-late closed");
		assertThat(openAndClosed("F6")).containsExactlyInAnyOrder("late open", "resolved-late closed");

		replay();
		assertThat(tables()).as("first replay").isEqualTo(live);
		replay();
		assertThat(tables()).as("second replay").isEqualTo(live);
	}

	private void record(String dossierId, DossierEvent event) {
		long sequence = this.sequences.merge(dossierId, 1L, Long::sum) - 1;
		RecordedEvent recorded = new RecordedEvent("evt-" + this.ledger.size(), sequence, event.occurredAt(),
				withDossierId(event, dossierId));
		this.ledger.add(recorded);
		this.projection.apply(recorded);
	}

	private void replay() {
		this.projection.reset();
		this.ledger.forEach(this.projection::apply);
	}

	private List<String> openAndClosed(String ruleId) {
		return this.store.flags.values()
			.stream()
			.map(RedFlagViews::view)
			.filter((flag) -> flag.ruleId().equals(ruleId))
			.map((RedFlagView flag) -> flag.dossierId() + (flag.open() ? " open" : " closed"))
			.toList();
	}

	/** Every row of the three tables, each field by name, in a stable order. */
	private List<String> tables() {
		return Stream
			.of(this.store.dossiers.values().stream(), this.store.events.values().stream(),
					this.store.flags.values().stream())
			.flatMap((rows) -> rows.map(RedFlagReplayTest::row))
			.sorted()
			.toList();
	}

	private static String row(Object entity) {
		StringBuilder row = new StringBuilder(entity.getClass().getSimpleName());
		for (Field field : entity.getClass().getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				field.setAccessible(true);
				try {
					row.append('\t').append(field.getName()).append('=').append(field.get(entity));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return row.toString();
	}

	/** The shared birth registration's event, as one of another dossier. */
	private static DossierEvent withDossierId(DossierEvent event, String dossierId) {
		RecordComponent[] components = event.getClass().getRecordComponents();
		try {
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				values[i] = components[i].getName().equals("dossierId") ? dossierId
						: components[i].getAccessor().invoke(event);
			}
			return (DossierEvent) event.getClass()
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
				.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
