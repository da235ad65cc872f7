package vn.dossierledger.projection.redflag;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
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
	void flagsAStoredRefusalWhoseLegalBasisCitesNoDocumentOrArticle() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String refusal = this.harness.feed(new IntakeRejectedEvent(DOSSIER_ID,
				"Thủ tục không thuộc thẩm quyền của UBND phường", "Luật", RECEIVING_OFFICER, at("08:30")));

		RedFlagView flag = this.harness.only(ReasonlessDecisionRule.RULE);
		assertThat(flag.evidenceEventIds()).containsExactly(refusal);
		assertThat(flag.score()).isEqualTo(0.85);
		assertThat(flag.ruleVersion()).isEqualTo(2);
		assertThat(flag.description()).contains("intake refusal", "legal basis citing no legal document", "\"Luật\"");
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void flagsAStoredStopWhoseReasonHasNoWordsAndAnIntakeSupplementCitingNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String supplement = this.harness
			.feed(new IntakeSupplementRequestedEvent(DOSSIER_ID, List.of(new SupplementItem("TO_KHAI", "Thiếu chữ ký")),
					REASON, "theo quy định", null, RECEIVING_OFFICER, at("08:20")));
		this.harness.feed(supplementSubmitted("08:40"));
		this.harness.feed(received("08:50", at("16:50")));
		this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "09:00", "12:00"));
		String stop = this.harness
			.feed(new ProcessingStoppedEvent(DOSSIER_ID, "0123456789 0123456789", LEGAL_BASIS, LEADER, at("10:30")));

		assertThat(this.harness.flags(ReasonlessDecisionRule.RULE))
			.extracting(RedFlagView::evidenceEventIds, RedFlagView::score, RedFlagView::description)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(List.of(supplement), 0.85,
							"Reasonless intake supplement request: legal basis citing no legal document or article: "
									+ "\"theo quy định\""),
					org.assertj.core.groups.Tuple.tuple(List.of(stop), 1.0,
							"Reasonless stop notice: reason without words: \"0123456789 0123456789\""));
	}

	@Test
	void aReasonedRefusalRaisesNothing() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(rejected("08:30", "Thủ tục không thuộc thẩm quyền của UBND phường"));

		assertThat(this.harness.flags(ReasonlessDecisionRule.RULE)).isEmpty();
	}

}
