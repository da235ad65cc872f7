package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class SignedSubmissionRejectedRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsARefusalAnHourAfterAValidSignature() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String verified = this.harness.feed(verification(true, "08:01"));
		String refusal = this.harness.feed(rejected("09:01", "Thủ tục không thuộc thẩm quyền của UBND phường"));

		RedFlagView flag = this.harness.only(SignedSubmissionRejectedRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(verified, refusal);
		// 1 h of the 24 h window: 1 - 0.5 × 1/24
		assertThat(flag.score()).isEqualTo(0.979);
		assertThat(flag.officerIds()).containsExactly(RECEIVING_OFFICER.id());
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void anInvalidSignatureOrARefusalAfterTheWindowRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(verification(false, "08:01"));
		this.harness.feed(rejected("09:01", "Thủ tục không thuộc thẩm quyền của UBND phường"));
		assertThat(this.harness.flags(SignedSubmissionRejectedRule.RULE)).isEmpty();
	}

	private static SubmissionSignatureVerifiedEvent verification(boolean valid, String time) {
		return new SubmissionSignatureVerifiedEvent(DOSSIER_ID, "TO_KHAI", "a".repeat(64),
				signatureCheck(valid, at(time)), vn.dossierledger.events.dossier.Actor.STATUTORY_CLOCK, at(time));
	}

}
