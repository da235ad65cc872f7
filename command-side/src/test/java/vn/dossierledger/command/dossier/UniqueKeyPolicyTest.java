package vn.dossierledger.command.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dossierledger.command.uniqueness.ClaimScope;
import vn.dossierledger.events.dossier.DossierStatus;

class UniqueKeyPolicyTest {

	private static final String DOSSIER_CODE = "000.00.31.H26-250301-00001";

	private static final String DOSSIER_ID = "dossier-1";

	private static final String OTHER_DOSSIER_ID = "dossier-2";

	private static final DossierStatus AWAITING = DossierStatus.AWAITING_PAYMENT;

	@Test
	void acceptsADossierCodeNoDossierUses() {
		assertThatCode(() -> UniqueKeyPolicy.requireUnusedDossierCode(DOSSIER_CODE, Optional.empty()))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesATakenDossierCodeWithoutSayingWhoseItIs() {
		assertThatThrownBy(() -> UniqueKeyPolicy.requireUnusedDossierCode(DOSSIER_CODE, Optional.of(OTHER_DOSSIER_ID)))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.DOSSIER_CODE_TAKEN);
				assertThat(violation.currentStatus()).isNull();
			})
			.hasMessage("Dossier code " + DOSSIER_CODE + " is already used by another dossier");
	}

	@Test
	void acceptsATransactionOfNoOtherDossier() {
		assertThatCode(() -> UniqueKeyPolicy.requireNotOfAnotherDossier("TX-1", Optional.empty(), DOSSIER_ID, AWAITING))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> UniqueKeyPolicy.requireNotOfAnotherDossier("TX-1", Optional.of(DOSSIER_ID), DOSSIER_ID, AWAITING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesATransactionOfAnotherDossierWithoutNamingIt() {
		assertThatThrownBy(() -> UniqueKeyPolicy.requireNotOfAnotherDossier("TX-1", Optional.of(OTHER_DOSSIER_ID),
				DOSSIER_ID, AWAITING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.TRANSACTION_OF_ANOTHER_DOSSIER))
			.hasMessage("Transaction TX-1 belongs to another dossier");
	}

	@Test
	void refusesACommandThatLostTheRaceForAKeyAsIfItHadSeenItTaken() {
		assertThat(UniqueKeyPolicy.claimedMeanwhile(ClaimScope.DOSSIER_CODE, DOSSIER_CODE).details())
			.isEqualTo(new RuleViolationDetails("DOSSIER_CODE_TAKEN", "CONFLICT", null,
					"Dossier code " + DOSSIER_CODE + " is already used by another dossier"));
		assertThat(UniqueKeyPolicy.claimedMeanwhile(ClaimScope.PAYMENT_TRANSACTION, "TX-1").details())
			.isEqualTo(new RuleViolationDetails("TRANSACTION_OF_ANOTHER_DOSSIER", "CONFLICT", null,
					"Transaction TX-1 belongs to another dossier"));
	}

}
