package vn.dossierledger.projection.redflag;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class SupplementClockGamingRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsASupplementRequestedInTheLastTenthOfTheTime() {
		walkToSpecialist();
		// 08:10 → 16:10 is 390 working minutes; at 15:50, 20 are left (≤ 39).
		String supplement = this.harness.feed(supplement("VAN_BAN_UY_QUYEN", "15:50"));

		RedFlagView flag = this.harness.only(SupplementClockGamingRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(supplement);
		// 0.5 + 0.5 × (1 - 20/39)
		assertThat(flag.score()).isEqualTo(0.744);
		assertThat(flag.officerIds()).containsExactly(SPECIALIST.id());
		assertThat(flag.description()).contains("20 of 390");
		this.harness.assertRedeliveryChangesNothing();
		this.harness.feed(supplementReceived("16:30", on("2026-03-03", "08:00")));
		assertThat(this.harness.only(SupplementClockGamingRule.RULE).open()).isTrue();
	}

	@Test
	void flagsAnEarlySupplementAskingOnlyForWhatWasSubmitted() {
		walkToSpecialist();
		this.harness.feed(supplement("GIAY_CHUNG_SINH", "09:00"));

		RedFlagView flag = this.harness.only(SupplementClockGamingRule.RULE);
		assertThat(flag.score()).isEqualTo(0.6);
		assertThat(flag.description()).contains("already submitted: GIAY_CHUNG_SINH");
	}

	@Test
	void anEarlySupplementForAMissingDocumentRaisesNothing() {
		walkToSpecialist();
		this.harness.feed(supplement("VAN_BAN_UY_QUYEN", "09:00"));
		assertThat(this.harness.flags(SupplementClockGamingRule.RULE)).isEmpty();
	}

	private void walkToSpecialist() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
	}

	private static SupplementRequestedEvent supplement(String componentCode, String time) {
		return new SupplementRequestedEvent(DOSSIER_ID, List.of(new SupplementItem(componentCode, "Cần bổ sung")),
				REASON, LEGAL_BASIS, LEADER.id(), null, SPECIALIST, at(time));
	}

}
