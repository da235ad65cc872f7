package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusPolicyTest {

	@Test
	void allowsACommandFromAListedStatus() {
		assertThatCode(() -> StatusPolicy.requireStatus(DossierStatus.RECEIVED, "transfer", DossierStatus.RECEIVED,
				DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesACommandFromAnUnlistedStatusNamingTheNationalCode() {
		assertThatThrownBy(
				() -> StatusPolicy.requireStatus(DossierStatus.DELIVERED, "transfer", DossierStatus.RECEIVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.ILLEGAL_TRANSITION);
				assertThat(violation.currentStatus()).isEqualTo(DossierStatus.DELIVERED);
			})
			.hasMessageContaining("10 Đã trả kết quả");
	}

}
