package vn.dossierledger.command.dossier;

import java.util.List;
import java.util.function.Predicate;

import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers on the events a command applied, for fields the test cannot know exactly. */
final class DossierEventMatchers {

	private DossierEventMatchers() {
	}

	/** Exactly one event, of the type, satisfying the predicate. */
	static <E> Matcher<List<EventMessage<?>>> singleEvent(Class<E> type, Predicate<E> predicate) {
		return new TypeSafeMatcher<>() {
			@Override
			protected boolean matchesSafely(List<EventMessage<?>> events) {
				return events.size() == 1 && type.isInstance(events.get(0).getPayload())
						&& predicate.test(type.cast(events.get(0).getPayload()));
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a single " + type.getSimpleName() + " matching the expectation");
			}
		};
	}

}
