package vn.dossierledger.command.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.reference.catalogue.Rulebook;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SupplementItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.OFFICERS;

class SupplementPolicyTest {

	private static final vn.dossierledger.reference.catalogue.Procedure BIRTH = DossierTestSupport.Scenario.BIRTH
		.procedureOn(DossierTestSupport.NOW);

	private static final Actor SPECIALIST = DossierTestSupport.actor("hn-phk-cv-01", Role.SPECIALIST);

	@Test
	void acceptsItemsThatReferenceTheChecklistWithAnIssue() {
		assertThatCode(() -> SupplementPolicy.requireItemisedAgainstChecklist(
				List.of(new SupplementItem("TO_KHAI", "Thiếu chữ ký")), BIRTH, DossierStatus.SUBMITTED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnItemWithoutComponent() {
		assertThatThrownBy(() -> SupplementPolicy.requireItemisedAgainstChecklist(
				List.of(new SupplementItem(null, "Thiếu")), BIRTH, DossierStatus.SUBMITTED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SUPPLEMENT_MUST_BE_ITEMISED));
	}

	@Test
	void allowsTheFirstRequestOfAStageWithoutOverride() {
		assertThatCode(() -> SupplementPolicy.requireOncePerStageUnlessOverridden(0, 1, 2, null, Rulebook.DEFAULTS,
				DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void rejectsSecondSupplementRequestWithoutOverride() {
		assertThatThrownBy(() -> SupplementPolicy.requireOncePerStageUnlessOverridden(1, 1, 2, " ", Rulebook.DEFAULTS,
				DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SUPPLEMENT_ONCE_PER_STAGE));
	}

	@Test
	void rejectsSecondSupplementRequestWhoseOverrideReasonHasNoWords() {
		assertThatThrownBy(() -> SupplementPolicy.requireOncePerStageUnlessOverridden(1, 1, 2, "2025-06-01 #2",
				Rulebook.DEFAULTS, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SUPPLEMENT_ONCE_PER_STAGE));
	}

	@Test
	void allowsSecondSupplementRequestWithAnOverrideReasonLongEnough() {
		assertThatCode(() -> SupplementPolicy.requireOncePerStageUnlessOverridden(1, 1, 2, "Hồ sơ bổ sung vẫn sai",
				Rulebook.DEFAULTS, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void rejectsAThirdSupplementRequestEvenWithAnOverrideReason() {
		assertThatThrownBy(() -> SupplementPolicy.requireOncePerStageUnlessOverridden(2, 1, 2, "Hồ sơ bổ sung vẫn sai",
				Rulebook.DEFAULTS, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SUPPLEMENT_CEILING_REACHED));
	}

	@Test
	void acceptsApprovalByALeaderOfTheRequestersAgency() {
		assertThatCode(() -> SupplementPolicy.requireLeaderApproval(OFFICERS, "hn-phk-ld-01", SPECIALIST,
				DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAProcessingSupplementWithoutApprovalOrApprovedByAnotherThanALeader() {
		for (String approver : new String[] { null, "hn-phk-cv-02", "no-such-officer" }) {
			assertThatThrownBy(() -> SupplementPolicy.requireLeaderApproval(OFFICERS, approver, SPECIALIST,
					DossierStatus.IN_PROCESSING))
				.isInstanceOfSatisfying(DossierRuleViolation.class,
						(violation) -> assertThat(violation.rule())
							.isEqualTo(DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL))
				.hasMessage("A processing-stage supplement request must be approved by an approving leader");
		}
	}

	@Test
	void refusesApprovalByALeaderOfAnotherAgency() {
		assertThatThrownBy(() -> SupplementPolicy.requireLeaderApproval(OFFICERS, "hn-tp-ld-01", SPECIALIST,
				DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL))
			.hasMessage("Leader hn-tp-ld-01 is not of the requesting officer's agency");
	}

}
