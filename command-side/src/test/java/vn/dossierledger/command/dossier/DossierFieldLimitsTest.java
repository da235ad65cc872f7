package vn.dossierledger.command.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT_DATA;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_CODE;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.documents;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;

import java.util.List;

import org.axonframework.commandhandling.CommandExecutionException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.command.dossier.InvalidFieldsDetails.InvalidField;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.command.FieldLimits;
import vn.dossierledger.events.dossier.command.RecordOpinionCommand;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;
import vn.dossierledger.events.dossier.Recommendation;

/**
 * A command over its field limits is refused before the aggregate applies anything,
 * whoever sends it: the check is a command handler interceptor, as the application
 * registers it on its command bus.
 */
class DossierFieldLimitsTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private final DossierTestSupport support = new DossierTestSupport();

	DossierFieldLimitsTest() {
		this.support.fixture.registerCommandHandlerInterceptor(new FieldLimitInterceptor());
	}

	@Test
	void refusesASubmissionWithAnOverlongSubjectReferenceAndStoresNothing() {
		SubmitDossierCommand submission = new SubmitDossierCommand(DOSSIER_ID, DOSSIER_CODE, BIRTH.procedureCode(),
				BIRTH.channel(), new SubjectRef("x".repeat(200_000)), APPLICANT_DATA, null, null, null,
				documents(BIRTH.components(), false), null);

		this.support.fixture.givenCurrentTime(NOW)
			.when(submission)
			.expectException(invalidFields("applicant"))
			.expectNoEvents();
	}

	@Test
	void refusesAnOpinionWhoseStepCodeNoRuleChecksAndStoresNothing() {
		RecordOpinionCommand opinion = new RecordOpinionCommand(DOSSIER_ID, null, BIRTH.specialist(),
				"S".repeat(FieldLimits.STEP_CODE + 1), Recommendation.APPROVE, "đủ điều kiện");

		this.support.given(history(BIRTH).inProcessing())
			.when(opinion)
			.expectException(invalidFields("stepCode"))
			.expectNoEvents();
	}

	@Test
	void letsACommandAtItsLimitsThrough() {
		SubmitDossierCommand submission = new SubmitDossierCommand(DOSSIER_ID, DOSSIER_CODE, BIRTH.procedureCode(),
				BIRTH.channel(), new SubjectRef("x".repeat(FieldLimits.SUBJECT_REF)), APPLICANT_DATA, null, null,
				"u".repeat(FieldLimits.AUTHORISATION_REF), documents(BIRTH.components(), false), null);

		this.support.fixture.givenCurrentTime(NOW).when(submission).expectSuccessfulHandlerExecution();
		assertThat(FieldLimitPolicy.check(submission)).isEmpty();
	}

	/**
	 * A command failure whose details name exactly these fields: what crosses a
	 * distributed command bus.
	 */
	private static Matcher<Object> invalidFields(String... fields) {
		return new TypeSafeMatcher<>(Object.class) {
			@Override
			protected boolean matchesSafely(Object item) {
				return item instanceof CommandExecutionException failure
						&& failure.getDetails().orElse(null) instanceof InvalidFieldsDetails details
						&& details.fields().stream().map(InvalidField::field).toList().equals(List.of(fields));
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a command failure naming the fields " + List.of(fields));
			}
		};
	}

}
