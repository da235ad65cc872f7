package vn.dossierledger.command.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.CATALOGUE;

class FeeSchedulePolicyTest {

	private static final vn.dossierledger.reference.catalogue.Procedure LICENCE = CATALOGUE
		.version("1.002804", "2025.1")
		.orElseThrow();

	private static FeeLine licenceFee(long amount, FeeType type) {
		return new FeeLine("LP_DOI_GPLX", "Lệ phí", type, amount);
	}

	@Test
	void acceptsTheCounterAmountForAnOfflineDossierAndTheOnlineAmountForAnOnlineOne() {
		assertThatCode(() -> FeeSchedulePolicy.requireFeesMatchSchedule(List.of(licenceFee(135_000, FeeType.CHARGE)),
				LICENCE, false, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
		assertThatCode(() -> FeeSchedulePolicy.requireFeesMatchSchedule(List.of(licenceFee(115_000, FeeType.CHARGE)),
				LICENCE, true, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesTheCounterAmountForAnOnlineDossier() {
		assertThatThrownBy(() -> FeeSchedulePolicy.requireFeesMatchSchedule(
				List.of(licenceFee(135_000, FeeType.CHARGE)), LICENCE, true, DossierStatus.IN_PROCESSING))
			.hasMessage("Fee LP_DOI_GPLX must be 115000 VND (CHARGE), not 135000 VND (CHARGE)");
	}

	@Test
	void refusesTheRightAmountUnderTheWrongFeeType() {
		assertThatThrownBy(() -> FeeSchedulePolicy.requireFeesMatchSchedule(List.of(licenceFee(135_000, FeeType.FEE)),
				LICENCE, false, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.FEES_MUST_MATCH_SCHEDULE));
	}

	@Test
	void refusesAnEmptyFeeList() {
		assertThatThrownBy(() -> FeeSchedulePolicy.requireFeesMatchSchedule(List.of(), LICENCE, false,
				DossierStatus.IN_PROCESSING))
			.hasMessage("No fee line given");
	}

}
