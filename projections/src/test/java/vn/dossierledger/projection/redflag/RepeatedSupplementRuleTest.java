package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class RepeatedSupplementRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsTheSecondIntakeSupplementRequestWithBothRequestsAsEvidence() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String first = this.harness.feed(intakeSupplement("08:10", null));
		assertThat(this.harness.flags(RepeatedSupplementRule.RULE)).as("one request is the rule").isEmpty();
		this.harness.feed(supplementSubmitted("09:00"));
		String second = this.harness.feed(intakeSupplement("09:10", "Tờ khai vẫn thiếu chữ ký người đi khai"));

		RedFlagView flag = this.harness.only(RepeatedSupplementRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(first, second);
		assertThat(flag.score()).isEqualTo(0.5);
		assertThat(flag.officerIds()).containsExactly(RECEIVING_OFFICER.id());
		assertThat(flag.unitId()).isEqualTo(DESK_UNIT);
		assertThat(flag.agencyId()).isEqualTo("hn-phk");
		assertThat(flag.dossierCode()).isEqualTo(DOSSIER_CODE);
		assertThat(flag.raisedAt()).isEqualTo(at("09:10"));
		assertThat(flag.description()).contains("2 times", "intake", "override");
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void aThirdRequestRaisesTheScoreOfTheSameFlagWhichNothingCures() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(intakeSupplement("08:10", null));
		this.harness.feed(supplementSubmitted("09:00"));
		this.harness.feed(intakeSupplement("09:10", "Tờ khai vẫn thiếu chữ ký người đi khai"));
		String flagId = this.harness.only(RepeatedSupplementRule.RULE).flagId();
		this.harness.feed(supplementSubmitted("10:00"));
		String third = this.harness.feed(intakeSupplement("10:10", "Lần ba: tờ khai sai ngày sinh"));
		this.harness.feed(received("10:30", at("16:30")));

		RedFlagView flag = this.harness.only(RepeatedSupplementRule.RULE);
		assertThat(flag.flagId()).isEqualTo(flagId);
		assertThat(flag.evidenceEventIds()).hasSize(3).endsWith(third);
		assertThat(flag.score()).isEqualTo(1.0);
		assertThat(flag.open()).as("the applicant came back three times: not curable").isTrue();
	}

}
