package vn.dossierledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.dossier.command.IssueApologyCommand;
import vn.dossierledger.events.dossier.command.ReceiveDossierCommand;
import vn.dossierledger.events.dossier.command.RejectIntakeCommand;
import vn.dossierledger.events.dossier.command.RequestIntakeSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.Rulebook;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

class ProvincePlannerTest {

	private static final SimulationWindow WINDOW = SimulationWindow.endingAt(Instant.parse("2026-11-20T03:00:00Z"), 30);

	private static final WorkingCalendar CALENDAR = WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE);

	private static final StatutoryClock STATUTORY_CLOCK = new StatutoryClock(CALENDAR);

	private static final BadlyBehavingOfficers MISCONDUCT = BadlyBehavingOfficers.DEMO_PROVINCE;

	private final ProvincePlanner planner = new ProvincePlanner(YamlProcedureCatalogue.loadDefault(),
			YamlOfficerRegistry.loadDefault(), STATUTORY_CLOCK, CALENDAR,
			(signer, sha256) -> new DetachedSignature("SHA256withECDSA", "c2ln", List.of()), MISCONDUCT);

	private final List<DossierPlan> plans = this.planner.plan(2000, WINDOW, new Random(7));

	@Test
	void theSameSeedPlansTheSameProvince() {
		List<DossierPlan> again = this.planner.plan(2000, WINDOW, new Random(7));
		assertThat(again).isEqualTo(this.plans);
	}

	@Test
	void everyScenarioOccurs() {
		Set<Scenario> scenarios = this.plans.stream().map(DossierPlan::scenario).collect(Collectors.toSet());
		assertThat(scenarios).isEqualTo(EnumSet.allOf(Scenario.class));
	}

	@Test
	void eachDossierIsSubmittedWithinTheWindowAndItsCommandsAreInTimeOrder() {
		for (DossierPlan plan : this.plans) {
			PlannedCommand first = plan.commands().get(0);
			assertThat(first.command()).isInstanceOf(SubmitDossierCommand.class);
			assertThat(WINDOW.contains(first.at())).as("submitted within the window").isTrue();
			assertThat(plan.commands()).isSortedAccordingTo(Comparator.comparing(PlannedCommand::at));
		}
	}

	@Test
	void deskAndPostSubmissionsArriveOnWorkingDaysInOfficeHours() {
		this.plans.stream()
			.map((plan) -> plan.commands().get(0))
			.filter((planned) -> ((SubmitDossierCommand) planned.command()).channel() != Channel.ONLINE)
			.forEach((planned) -> {
				assertThat(CALENDAR.isWorkingDay(LocalDate.ofInstant(planned.at(), VietnamTime.ZONE))).isTrue();
				assertThat(STATUTORY_CLOCK.workingMinutesBetween(planned.at().minusSeconds(60), planned.at()))
					.as("in office hours")
					.isEqualTo(1);
			});
	}

	@Test
	void dossierCodesAreUnique() {
		long distinct = this.plans.stream()
			.map((plan) -> ((SubmitDossierCommand) plan.commands().get(0).command()).dossierCode())
			.distinct()
			.count();
		assertThat(distinct).isEqualTo(this.plans.size());
	}

	@Test
	void theCurtRejecterRefusesWithMinimalReasonsAndSometimesTooShortOnes() {
		List<RejectIntakeCommand> rejections = commands(RejectIntakeCommand.class).stream()
			.filter((command) -> command.actingOfficerId().equals(MISCONDUCT.curtRejecter()))
			.toList();
		assertThat(rejections).extracting(RejectIntakeCommand::reason)
			.contains(ProvincePlanner.MINIMAL_REJECTION_REASON, ProvincePlanner.TOO_SHORT_REJECTION_REASON)
			.allMatch((reason) -> reason.length() <= ProvincePlanner.MINIMAL_REJECTION_REASON.length());
	}

	@Test
	void theSerialSupplementerAsksAgainWithAThinOverride() {
		assertThat(commands(RequestSupplementCommand.class))
			.filteredOn((command) -> ProvincePlanner.THIN_OVERRIDE_REASON.equals(command.overrideReason()))
			.isNotEmpty()
			.allMatch((command) -> command.actingOfficerId().equals(MISCONDUCT.serialSupplementer()));
	}

	@Test
	void theSlowReceiverReceivesDaysAfterSubmission() {
		for (DossierPlan plan : this.plans) {
			plan.commands()
				.stream()
				.filter((planned) -> planned.command() instanceof ReceiveDossierCommand receive
						&& receive.actingOfficerId().equals(MISCONDUCT.slowReceiver()))
				.forEach((receipt) -> assertThat(
						STATUTORY_CLOCK.workingMinutesBetween(plan.commands().get(0).at(), receipt.at()))
					.isGreaterThanOrEqualTo(3 * 8 * 60 - 60));
		}
	}

	@Test
	void apologiesComeFromLeadersAndPostponeTheAppointment() {
		List<IssueApologyCommand> apologies = commands(IssueApologyCommand.class);
		assertThat(apologies).isNotEmpty();
		assertThat(apologies).extracting(IssueApologyCommand::actingOfficerId).contains(MISCONDUCT.lateApologiser());
	}

	@Test
	void timelyApologiesFallWithinTheApologyWindowBeforeTheDueDate() {
		YamlProcedureCatalogue catalogue = YamlProcedureCatalogue.loadDefault();
		for (DossierPlan plan : this.plans) {
			Instant receivedAt = null;
			for (PlannedCommand planned : plan.commands()) {
				if (planned.command() instanceof ReceiveDossierCommand) {
					receivedAt = planned.at();
				}
				if (planned.command() instanceof IssueApologyCommand apology
						&& !apology.actingOfficerId().equals(MISCONDUCT.lateApologiser())) {
					var procedure = catalogue
						.inForce(plan.procedureCode(), LocalDate.ofInstant(receivedAt, VietnamTime.ZONE))
						.orElseThrow();
					Instant dueAt = STATUTORY_CLOCK.dueAt(receivedAt, procedure.sla(), procedure.cutOffTime());
					assertThat(STATUTORY_CLOCK.workingMinutesBetween(planned.at(), dueAt))
						.as("working minutes left when %s apologises for %s (received %s, due %s)",
								apology.actingOfficerId(), plan.procedureCode(), receivedAt, dueAt)
						.isLessThanOrEqualTo(procedure.rulebook().apologyWindowWorkingHours() * 60L);
				}
			}
		}
	}

	@Test
	void everyDecisionTheDemoExpectsToPassHasTheRulebooksWrittenForm() {
		YamlProcedureCatalogue catalogue = YamlProcedureCatalogue.loadDefault();
		int checked = 0;
		for (DossierPlan plan : this.plans) {
			Rulebook rules = catalogue
				.inForce(plan.procedureCode(), LocalDate.ofInstant(plan.commands().get(0).at(), VietnamTime.ZONE))
				.orElseThrow()
				.rulebook();
			for (PlannedCommand planned : plan.commands()) {
				if (planned.refusalExpected()) {
					continue;
				}
				List<String> reasons = new ArrayList<>();
				String legalBasis = null;
				if (planned.command() instanceof RejectIntakeCommand rejection) {
					reasons.add(rejection.reason());
					legalBasis = rejection.legalBasis();
				}
				else if (planned.command() instanceof RequestIntakeSupplementCommand supplement) {
					reasons.add(supplement.reason());
					legalBasis = supplement.legalBasis();
				}
				else if (planned.command() instanceof RequestSupplementCommand supplement) {
					reasons.add(supplement.reason());
					legalBasis = supplement.legalBasis();
					if (supplement.overrideReason() != null) {
						reasons.add(supplement.overrideReason());
					}
				}
				else if (planned.command() instanceof StopProcessingCommand stop) {
					reasons.add(stop.reason());
					legalBasis = stop.legalBasis();
				}
				else if (planned.command() instanceof IssueApologyCommand apology) {
					reasons.add(apology.reason());
				}
				else {
					continue;
				}
				assertThat(reasons).allMatch(rules::isWrittenReason, "a written reason");
				if (!(planned.command() instanceof IssueApologyCommand)) {
					assertThat(rules.citesLegalBasis(legalBasis)).as("legal basis \"%s\" is a citation", legalBasis)
						.isTrue();
				}
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	private <T> List<T> commands(Class<T> type) {
		return this.plans.stream()
			.flatMap((plan) -> plan.commands().stream())
			.map(PlannedCommand::command)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

}
