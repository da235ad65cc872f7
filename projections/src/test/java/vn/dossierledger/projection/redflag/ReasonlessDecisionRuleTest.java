package vn.dossierledger.projection.redflag;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class ReasonlessDecisionRuleTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void flagsARefusalWhoseReasonIsShorterThanTheMinimum() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String refusal = this.harness.feed(rejected("08:30", "Không đủ hồ sơ".substring(0, 10)));

		RedFlagView flag = this.harness.only(ReasonlessDecisionRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(refusal);
		// 10 of the 20 characters required: 0.5 + 0.5 × (1 - 10/20)
		assertThat(flag.score()).isEqualTo(0.75);
		assertThat(flag.officerIds()).containsExactly(RECEIVING_OFFICER.id());
		assertThat(flag.description()).contains("intake refusal", "10 characters");
		assertThat(flag.open()).isTrue();
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void flagsASupplementForAComponentOutsideTheChecklistAndAStopWithoutLegalBasis() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
		String supplement = this.harness.feed(new SupplementRequestedEvent(DOSSIER_ID,
				List.of(new SupplementItem("SO_HO_KHAU", "Bổ sung sổ hộ khẩu")), REASON, LEGAL_BASIS, LEADER.id(), null,
				SPECIALIST, at("09:00")));
		this.harness.feed(supplementReceived("10:00", at("17:00")));
		String stop = this.harness.feed(new ProcessingStoppedEvent(DOSSIER_ID,
				"Người yêu cầu không đủ điều kiện đăng ký khai sinh tại đây", " ", LEADER, at("10:30")));

		assertThat(this.harness.flags(ReasonlessDecisionRule.RULE))
			.extracting(RedFlagView::evidenceEventIds, RedFlagView::score)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(List.of(supplement), 0.8),
					org.assertj.core.groups.Tuple.tuple(List.of(stop), 0.9));
	}

	@Test
	void aReasonedRefusalRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(rejected("08:30", "Thủ tục không thuộc thẩm quyền của UBND phường"));

		assertThat(this.harness.flags(ReasonlessDecisionRule.RULE)).isEmpty();
	}

}
