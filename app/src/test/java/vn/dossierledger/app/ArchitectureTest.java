package vn.dossierledger.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * The module rules of STYLE.md 1–3: data flows one way, and the published language stays
 * pure.
 */
@AnalyzeClasses(packages = "vn.dossierledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String EVENTS = "vn.dossierledger.events..";

	private static final String REFERENCE = "vn.dossierledger.reference..";

	private static final String COMMAND = "vn.dossierledger.command..";

	private static final String OVERSIGHT = "vn.dossierledger.oversight..";

	private static final String PROJECTION = "vn.dossierledger.projection..";

	private static final String QUERY = "vn.dossierledger.query..";

	private static final String WEB = "vn.dossierledger.web..";

	private static final String IDENTITY = "vn.dossierledger.identity..";

	private static final String APP = "vn.dossierledger.app..";

	@ArchTest
	static final ArchRule eventsDependOnNothingButTheJdkAndAxonAnnotations = classes().that()
		.resideInAPackage(EVENTS)
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage(EVENTS, "java..", "org.axonframework.modelling.command", "org.axonframework.serialization")
		.because("the published language carries no Spring, JPA or Jackson");

	@ArchTest
	static final ArchRule eventsAreRecordsEnumsOrInterfaces = classes().that()
		.resideInAPackage(EVENTS)
		.and()
		.areTopLevelClasses()
		.and()
		.doNotHaveSimpleName("package-info")
		.should(beRecordsEnumsOrInterfaces());

	@ArchTest
	static final ArchRule commandSideNeverReadsProjectionsOrQueries = noClasses().that()
		.resideInAPackage(COMMAND)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(PROJECTION, QUERY, OVERSIGHT);

	/**
	 * The ledger and case replay read the event store beside the command side: they need
	 * neither the aggregate nor a read model, so an inspector's evidence rests on events
	 * alone.
	 */
	@ArchTest
	static final ArchRule oversightNeedsNeitherTheAggregateNorAReadModel = noClasses().that()
		.resideInAPackage(OVERSIGHT)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMAND, PROJECTION, QUERY, "vn.dossierledger.app..");

	/**
	 * The catalogue, organisation and calendar lie below both sides: read models and
	 * commands read them, and they know neither.
	 */
	@ArchTest
	static final ArchRule referenceDataKnowsNoSide = noClasses().that()
		.resideInAPackage(REFERENCE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMAND, OVERSIGHT, PROJECTION, QUERY, WEB, "vn.dossierledger.app..");

	/**
	 * Read models take names, steps and working time from the reference data, never from
	 * the aggregate, its rules or the command API.
	 */
	@ArchTest
	static final ArchRule projectionsNeverTouchTheCommandSideOrTheQuerySide = noClasses().that()
		.resideInAPackage(PROJECTION)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMAND, OVERSIGHT, QUERY);

	/**
	 * An inspector gets the same flags from the same ledger: time-based flags come from
	 * the statutory clock's recorded events, never from a clock read by the model.
	 */
	/**
	 * Who is calling is settled before any side runs: identity reads the token, the
	 * organisation and the request, never a side's internals.
	 */
	@ArchTest
	static final ArchRule identityKnowsNoSide = noClasses().that()
		.resideInAPackage(IDENTITY)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMAND, OVERSIGHT, PROJECTION, QUERY, APP);

	/**
	 * A read model is a function of the events: who acted is what the events record,
	 * never who is calling now.
	 */
	@ArchTest
	static final ArchRule readModelsNeverAskWhoIsCalling = noClasses().that()
		.resideInAPackage(PROJECTION)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(IDENTITY);

	@ArchTest
	static final ArchRule redFlagsNeverReadAWallClock = noClasses().that()
		.resideInAnyPackage("vn.dossierledger.projection.redflag..", "vn.dossierledger.projection.access..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Clock.class)
		.orShould()
		.callMethod(Instant.class, "now");

	@ArchTest
	static final ArchRule querySideNeverReadsTheCommandSide = noClasses().that()
		.resideInAPackage(QUERY)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMAND, OVERSIGHT);

	/**
	 * Queries read what a read model publishes (repositories, readers, views), never the
	 * projection that writes it.
	 */
	@ArchTest
	static final ArchRule querySideNeverCallsAProjector = noClasses().that()
		.resideInAPackage(QUERY)
		.should()
		.dependOnClassesThat(resideInAPackage(PROJECTION).and(areEventHandlers()));

	/**
	 * The web layer both sides share (problem+json, the JSON reader) knows neither side:
	 * each side's own refusals stay in its advices.
	 */
	@ArchTest
	static final ArchRule theSharedWebLayerKnowsNoSide = noClasses().that()
		.resideInAPackage(WEB)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(EVENTS, REFERENCE, COMMAND, OVERSIGHT, PROJECTION, QUERY, "vn.dossierledger.app..");

	/**
	 * One process to run (STYLE.md 1): the modules below the app are libraries. Besides
	 * the app only the bench (a load generator of its own) and the offline verifier of
	 * evidence bundles (docs/tamper-evidence.md, named by class so that it may move
	 * between modules) have a {@code main}.
	 */
	@ArchTest
	static final ArchRule onlyTheAppHasAMain = methods().that()
		.haveName("main")
		.and()
		.arePublic()
		.and()
		.areStatic()
		.and()
		.haveRawParameterTypes(String[].class)
		.should()
		.beDeclaredInClassesThat(
				resideInAnyPackage(APP, "vn.dossierledger.bench..").or(simpleName("VerifyEvidenceBundle")));

	@ArchTest
	static final ArchRule onlyTheAppIsASpringBootApplication = noClasses().that()
		.resideOutsideOfPackage(APP)
		.should()
		.beAnnotatedWith(org.springframework.boot.autoconfigure.SpringBootApplication.class);

	private static DescribedPredicate<JavaClass> areEventHandlers() {
		return new DescribedPredicate<>("handle events") {
			@Override
			public boolean test(JavaClass javaClass) {
				return javaClass.isAnnotatedWith(ProcessingGroup.class) || javaClass.getMethods()
					.stream()
					.anyMatch((method) -> method.isAnnotatedWith(EventHandler.class)
							|| method.isAnnotatedWith(ResetHandler.class));
			}
		};
	}

	private static ArchCondition<JavaClass> beRecordsEnumsOrInterfaces() {
		return new ArchCondition<>("be records, enums or interfaces") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				boolean ok = javaClass.isAssignableTo(Record.class) || javaClass.isEnum() || javaClass.isInterface();
				events.add(new SimpleConditionEvent(javaClass, ok,
						javaClass.getName() + " is a " + (ok ? "record, enum or interface" : "plain class")));
			}
		};
	}

}
