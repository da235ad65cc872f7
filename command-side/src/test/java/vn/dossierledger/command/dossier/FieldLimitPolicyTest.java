package vn.dossierledger.command.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dossierledger.command.dossier.InvalidFieldsDetails.InvalidField;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.command.FieldLimits;
import vn.dossierledger.events.dossier.command.RequestFinancialObligationCommand;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;

/**
 * Every string and list of every command the aggregate handles has a limit: each command
 * is built with one field at a time far over any limit (a string of a million characters,
 * a list of a thousand elements), and exactly that field must be refused.
 */
class FieldLimitPolicyTest {

	private static final String TOO_LONG = "x".repeat(1_000_000);

	private static final int TOO_MANY = 1_000;

	/** The commands the aggregate handles: the first parameter of its handlers. */
	static Stream<Class<?>> commands() {
		return Arrays.stream(Dossier.class.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(CommandHandler.class))
			.map((method) -> method.getParameterTypes()[0])
			.distinct();
	}

	@ParameterizedTest
	@MethodSource("commands")
	void acceptsEveryCommandWithShortFields(Class<?> command) {
		assertThat(command.getPackageName()).isEqualTo(FieldLimitPolicy.COMMANDS);
		assertThat(FieldLimitPolicy.check(build(command, "", null))).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("commands")
	void refusesEachStringAndListOfEveryCommandWhenTooLong(Class<?> command) {
		List<String> paths = new ArrayList<>();
		collectPaths(command, "", paths);
		assertThat(paths).as("strings and lists of %s", command.getSimpleName()).isNotEmpty();
		for (String path : paths) {
			Object oversized = build(command, "", path);
			assertThat(FieldLimitPolicy.check(oversized)).as("%s.%s", command.getSimpleName(), path)
				.extracting(InvalidField::field)
				.containsExactly(path);
		}
	}

	@Test
	void aSubjectReferenceMayHaveExactlyItsLimit() {
		assertThat(FieldLimitPolicy.check(submission("r".repeat(FieldLimits.SUBJECT_REF)))).isEmpty();
		assertThat(FieldLimitPolicy.check(submission("r".repeat(FieldLimits.SUBJECT_REF + 1))))
			.containsExactly(new InvalidField("applicant", "at most 128 characters, not 129"));
	}

	@Test
	void namesTheFieldsAsTheCommandHasThem() {
		SubmitDossierCommand command = new SubmitDossierCommand("d", "code", "1.001193", null, new SubjectRef("a"),
				null, null, null, null, List.of(new vn.dossierledger.events.dossier.SubmittedDocument("TO_KHAI",
						"x".repeat(FieldLimits.DOCUMENT_NAME + 1), null, "a".repeat(64), false, false, null)),
				null);

		assertThatThrownBy(() -> FieldLimitPolicy.requireWithinLimits(command)).isInstanceOfSatisfying(
				FieldLimitViolation.class,
				(violation) -> assertThat(violation.details().fields()).extracting(InvalidField::field)
					.containsExactly("documents[0].name"));
	}

	@Test
	void letsOtherMessagesPass() {
		assertThat(FieldLimitPolicy.check(TOO_LONG)).isEmpty();
		assertThat(FieldLimitPolicy.check(new InvalidField(TOO_LONG, TOO_LONG))).isEmpty();
	}

	@Test
	void countsTheElementsOfAList() {
		RequestFinancialObligationCommand command = new RequestFinancialObligationCommand("d", null, "officer",
				Collections.nCopies(FieldLimits.FEES + 1, null));

		assertThat(FieldLimitPolicy.check(command))
			.containsExactly(new InvalidField("fees", "at most 10 elements, not 11"));
	}

	private static SubmitDossierCommand submission(String applicant) {
		return new SubmitDossierCommand("d", "code", "1.001193", null, new SubjectRef(applicant), null, null, null,
				null, List.of(), null);
	}

	/**
	 * The paths of every string and list of a record type, with one element per list (as
	 * {@link FieldLimitPolicy} names them).
	 */
	private static void collectPaths(Class<?> type, String prefix, List<String> paths) {
		for (RecordComponent component : type.getRecordComponents()) {
			collectPaths(component.getType(), component.getGenericType(), prefix + component.getName(), paths);
		}
	}

	private static void collectPaths(Class<?> type, Type generic, String path, List<String> paths) {
		if (type == String.class || type == SubjectRef.class) {
			paths.add(path);
		}
		else if (type == List.class) {
			paths.add(path);
			Class<?> element = elementType(generic);
			collectPaths(element, element, path + "[0]", paths);
		}
		else if (type.isRecord()) {
			collectPaths(type, path + ".", paths);
		}
	}

	/**
	 * An instance of a record type with every field short (one-letter strings, one
	 * element per list) except the one at {@code oversizedPath}.
	 */
	private static Object build(Class<?> type, String prefix, String oversizedPath) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			values[i] = value(components[i].getType(), components[i].getGenericType(), prefix + components[i].getName(),
					oversizedPath);
		}
		try {
			Constructor<?> constructor = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot build " + type, ex);
		}
	}

	private static Object value(Class<?> type, Type generic, String path, String oversizedPath) {
		boolean oversized = path.equals(oversizedPath);
		if (type == String.class) {
			return oversized ? TOO_LONG : "x";
		}
		if (type == SubjectRef.class) {
			return new SubjectRef(oversized ? TOO_LONG : "x");
		}
		if (type == List.class) {
			Class<?> elementType = elementType(generic);
			Object element = value(elementType, elementType, path + "[0]", oversizedPath);
			if (!oversized) {
				return List.of(element);
			}
			return Collections.nCopies(TOO_MANY, element);
		}
		if (type.isRecord()) {
			return build(type, path + ".", oversizedPath);
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == long.class) {
			return 1L;
		}
		if (type == int.class) {
			return 1;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == Long.class) {
			return null;
		}
		if (type == Instant.class) {
			return Instant.EPOCH;
		}
		if (type == LocalDate.class) {
			return LocalDate.EPOCH;
		}
		throw new IllegalStateException("No test value for " + type + " at " + path);
	}

	private static Class<?> elementType(Type generic) {
		Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
		return (Class<?>) element;
	}

}
