package vn.dossierledger.reference.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SlaUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlProcedureCatalogueTest {

	private static final String DOI_GPLX = "1.002804";

	private static final String LY_LICH_TU_PHAP = "2.000488";

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private final ProcedureCatalogue catalogue = YamlProcedureCatalogue.loadDefault();

	@Test
	void loadsAtLeastFifteenProceduresInForceToday() {
		assertThat(this.catalogue.currentProcedures(TODAY)).hasSizeGreaterThanOrEqualTo(15)
			.extracting(Procedure::code)
			.doesNotHaveDuplicates()
			.contains(DOI_GPLX, LY_LICH_TU_PHAP, "1.001193", "2.000635");
	}

	@Test
	void recordsTheVersionOfTheDataFile() {
		assertThat(this.catalogue.catalogueVersion()).isEqualTo("2026.1");
	}

	@Test
	void selectsTheVersionInForceOnTheDate() {
		assertThat(this.catalogue.inForce(DOI_GPLX, LocalDate.of(2025, 2, 28)))
			.hasValueSatisfying((procedure) -> assertThat(procedure.agencyId()).isEqualTo("hn-sgtvt"));
		assertThat(this.catalogue.inForce(DOI_GPLX, LocalDate.of(2025, 3, 1)))
			.hasValueSatisfying((procedure) -> assertThat(procedure.agencyId()).isEqualTo("hn-ca"));
		assertThat(this.catalogue.inForce(LY_LICH_TU_PHAP, LocalDate.of(2025, 12, 31)).map(Procedure::sla))
			.contains(new ProcessingTime(10, SlaUnit.WORKING_DAYS));
		assertThat(this.catalogue.inForce(LY_LICH_TU_PHAP, LocalDate.of(2026, 1, 1)).map(Procedure::sla))
			.contains(new ProcessingTime(7, SlaUnit.WORKING_DAYS));
	}

	@Test
	void findsNoVersionBeforeTheFirstTookEffectNorForAnUnknownCode() {
		assertThat(this.catalogue.inForce(DOI_GPLX, LocalDate.of(2023, 12, 31))).isEmpty();
		assertThat(this.catalogue.inForce("0.000000", TODAY)).isEmpty();
	}

	@Test
	void keepsTheVersionADossierWasReceivedUnderAfterANewOneTakesEffect() {
		String receivedUnder = this.catalogue.inForce(LY_LICH_TU_PHAP, LocalDate.of(2025, 12, 30))
			.orElseThrow()
			.version();

		assertThat(this.catalogue.version(LY_LICH_TU_PHAP, receivedUnder).map(Procedure::sla))
			.contains(new ProcessingTime(10, SlaUnit.WORKING_DAYS));
		assertThat(this.catalogue.version(LY_LICH_TU_PHAP, "no-such-version")).isEmpty();
	}

	@Test
	void versionsInheritTheFieldsOfTheirProcedure() {
		Procedure police = this.catalogue.version(DOI_GPLX, "2025.1").orElseThrow();
		Procedure transport = this.catalogue.version(DOI_GPLX, "2024.1").orElseThrow();

		assertThat(police.name()).isEqualTo(transport.name()).isEqualTo("Đổi giấy phép lái xe");
		assertThat(police.fees()).isEqualTo(transport.fees()).hasSize(1);
		assertThat(police.steps()).extracting(ProcedureStep::code)
			.containsExactly("TIEP_NHAN", "THAM_DINH", "TRINH_KY", "BAN_HANH");
	}

	@Test
	void chargesTheReducedFeeOnlyForOnlineSubmission() {
		Fee fee = this.catalogue.inForce(DOI_GPLX, TODAY).orElseThrow().fee("LP_DOI_GPLX").orElseThrow();

		assertThat(fee.amountFor(false)).isEqualTo(135_000);
		assertThat(fee.amountFor(true)).isEqualTo(115_000);
		assertThat(fee.toFeeLine(true))
			.isEqualTo(new FeeLine("LP_DOI_GPLX", "Lệ phí đổi giấy phép lái xe", FeeType.CHARGE, 115_000));
	}

	@Test
	void chargesTheSameFeeOnlineWhenNoOnlineAmountIsSet() {
		Fee fee = this.catalogue.inForce(LY_LICH_TU_PHAP, TODAY).orElseThrow().fee("PHI_LLTP").orElseThrow();

		assertThat(fee.amountFor(true)).isEqualTo(fee.amountFor(false)).isEqualTo(200_000);
	}

	@Test
	void appliesCatalogueDefaultsUnlessTheProcedureOverridesThem() {
		Rulebook khaiSinh = this.catalogue.inForce("1.001193", TODAY).orElseThrow().rulebook();
		Rulebook vanPhongCongChung = this.catalogue.inForce("2.000789", TODAY).orElseThrow().rulebook();
		Rulebook doiGplx = this.catalogue.inForce(DOI_GPLX, TODAY).orElseThrow().rulebook();

		assertThat(doiGplx).isEqualTo(Rulebook.DEFAULTS);
		assertThat(khaiSinh.apologyWindowWorkingHours()).isEqualTo(2);
		assertThat(khaiSinh.maxIntakeSupplementRequests()).isEqualTo(1);
		assertThat(vanPhongCongChung.pauseClockForPayment()).isTrue();
		assertThat(vanPhongCongChung.minReasonLength()).isEqualTo(10);
		assertThat(khaiSinh.holdingLimitFactor()).as("F6's k, DOMAIN's proposal").isEqualTo(2.0);
	}

	@Test
	void carriesTheCutOffTimeOnlyWhereTheProcedureSetsOne() {
		assertThat(this.catalogue.inForce("2.000635", TODAY).orElseThrow().cutOffTime()).isEqualTo(LocalTime.of(15, 0));
		assertThat(this.catalogue.inForce(DOI_GPLX, TODAY).orElseThrow().cutOffTime()).isNull();
	}

	@Test
	void looksUpStepsComponentsAndCompetentAgencies() {
		Procedure lyLich = this.catalogue.inForce(LY_LICH_TU_PHAP, TODAY).orElseThrow();

		assertThat(lyLich.step("TRA_CUU_XAC_MINH").map(ProcedureStep::performedBy)).contains(Role.SPECIALIST);
		assertThat(lyLich.component("TO_KHAI").map(DocumentComponent::mandatory)).contains(true);
		assertThat(lyLich.component("VAN_BAN_UY_QUYEN").map(DocumentComponent::mandatory)).contains(false);
		assertThat(lyLich.step("NO_SUCH_STEP")).isEmpty();
		assertThat(lyLich.isCompetentAgency("hn-stp")).isTrue();
		assertThat(lyLich.isCompetentAgency("hn-ca")).isTrue();
		assertThat(lyLich.isCompetentAgency("th-stp")).isFalse();
	}

	@Test
	void walksTheInternalWorkflowStepByStep() {
		Procedure procedure = this.catalogue.inForce(DOI_GPLX, TODAY).orElseThrow();

		assertThat(procedure.stepAfter("TIEP_NHAN").map(ProcedureStep::code)).contains("THAM_DINH");
		assertThat(procedure.stepAfter("TRINH_KY").map(ProcedureStep::performedBy)).contains(Role.CLERK);
		assertThat(procedure.stepAfter("BAN_HANH")).isEmpty();
		assertThat(procedure.stepAfter("NO_SUCH_STEP")).isEmpty();
	}

	@Test
	void listsOnlyTheMandatoryComponentsAsRequired() {
		Procedure procedure = this.catalogue.inForce(DOI_GPLX, TODAY).orElseThrow();

		assertThat(procedure.mandatoryComponents()).extracting(DocumentComponent::code)
			.containsExactly("DON_DE_NGHI", "GIAY_KHAM_SUC_KHOE", "BAN_SAO_GPLX");
	}

	@Test
	void pricesEveryFeeLineForTheChannel() {
		Procedure procedure = this.catalogue.inForce("2.001610", TODAY).orElseThrow();

		assertThat(procedure.feeLines(true)).extracting(FeeLine::amountVnd).containsExactly(0L);
		assertThat(procedure.feeLines(false)).extracting(FeeLine::amountVnd).containsExactly(50_000L);
	}

	@Test
	void exposesImmutableLists() {
		Procedure procedure = this.catalogue.inForce(DOI_GPLX, TODAY).orElseThrow();

		assertThatThrownBy(() -> procedure.fees().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> procedure.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void loadsAMinimalValidFile() {
		ProcedureCatalogue minimal = YamlProcedureCatalogue.load("classpath:catalogue/procedures-minimal-valid.yaml");

		assertThat(minimal.currentProcedures(LocalDate.of(2025, 6, 1))).hasSize(1);
		assertThat(minimal.inForce("9.000001", LocalDate.of(2025, 6, 1)).orElseThrow().rulebook())
			.isEqualTo(Rulebook.DEFAULTS);
	}

	@Test
	void readsTheWrittenFormOfReasonsAndLegalBasesFromTheRulebook() {
		Rulebook defaults = this.catalogue.inForce(DOI_GPLX, TODAY).orElseThrow().rulebook();
		Rulebook articlesOnly = YamlProcedureCatalogue.load("classpath:catalogue/procedures-own-legal-basis-form.yaml")
			.inForce("9.000001", LocalDate.of(2025, 6, 1))
			.orElseThrow()
			.rulebook();

		assertThat(defaults)
			.extracting(Rulebook::reasonPattern, Rulebook::minLegalBasisLength, Rulebook::legalBasisPattern)
			.containsExactly(Rulebook.A_WORD, Rulebook.DEFAULTS.minLegalBasisLength(), Rulebook.A_CITATION);
		assertThat(defaults.citesLegalBasis("Luật Hộ tịch 2014, Điều 13")).isTrue();
		assertThat(defaults.citesLegalBasis("Luật")).isFalse();
		assertThat(defaults.isWrittenReason("Thiếu giấy khai sinh")).isTrue();
		assertThat(defaults.isWrittenReason("1234567890")).isFalse();
		assertThat(articlesOnly.minLegalBasisLength()).isEqualTo(12);
		assertThat(articlesOnly.citesLegalBasis("Luật Hộ tịch 2014, Điều 13")).isTrue();
		assertThat(articlesOnly.citesLegalBasis("Nghị định 118/2025/NĐ-CP")).isFalse();
		assertThat(articlesOnly.reasonPattern()).isEqualTo(Rulebook.DEFAULTS.reasonPattern());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					procedures-duplicate-version.yaml | procedure 9.000001 version 1 is defined more than once
					procedures-applicant-step.yaml    | step TU_THAM_DINH is performed by APPLICANT, which is not an officer role
					procedures-negative-fee.yaml      | fee LP must not be negative
					procedures-no-components.yaml     | components must not be empty
					procedures-steps-exceed-sla.yaml  | steps take 18 working hours, more than the sla of 8
					procedures-missing-agency.yaml    | agencyId is missing
					procedures-unknown-role.yaml      | DOORMAN
					procedures-fee-without-amount.yaml | fee LP: amountVnd is missing
					procedures-misspelt-field.yaml    | cutOfTime
					procedures-first-step-not-at-desk.yaml | the first step must be performed by RECEIVING_OFFICER
					procedures-competent-agency-also-cooperating.yaml | test-agency cannot also be a co-operating agency
					procedures-version-on-procedure-with-versions.yaml | version and effectiveFrom belong on each of them
					procedures-broken-legal-basis-pattern.yaml | rulebook legalBasisPattern is no regular expression
					procedures-holding-limit-below-one.yaml | holdingLimitFactor must be a number of at least 1
					no-such-file.yaml                 | Cannot read procedure catalogue
					""")
	void rejectsABrokenFileWithAMessageNamingTheProblem(String fixture, String expectedMessage) {
		assertThatIllegalStateException()
			.isThrownBy(() -> YamlProcedureCatalogue.load("classpath:catalogue/" + fixture))
			.withMessageContaining(expectedMessage);
	}

}
