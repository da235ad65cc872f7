package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.query.redflag.RedFlagView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.*;
import static vn.dossierledger.projection.redflag.DossierEvents.*;

class LateWithoutApologyRuleTest {

	private static final java.time.Instant DUE = at("16:10");

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void theSweepRaisesItOnceTheDueDatePassesAndAnApologyClosesIt() {
		String receipt = walkToSpecialist();
		this.harness.sweep(at("16:00"));
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).as("not yet due").isEmpty();

		this.harness.sweep(at("17:00"));
		RedFlagView flag = this.harness.only(LateWithoutApologyRule.RULE);
		assertThat(flag.raisedAt()).as("when the condition arose, not when swept").isEqualTo(DUE);
		assertThat(flag.evidenceEventIds()).containsExactly(receipt);
		assertThat(flag.officerIds()).containsExactly(SPECIALIST.id());
		assertThat(flag.unitId()).isEqualTo(SPECIALIST_UNIT);
		// 50 of 480 working minutes overdue: 0.5 + 0.5 × 50/480
		assertThat(flag.score()).isEqualTo(0.552);
		this.harness.sweep(at("17:00"));
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).containsExactly(flag);
		this.harness.assertRedeliveryChangesNothing();

		String apology = this.harness.feed(apologised("17:00", DUE, on("2026-03-03", "16:00")));
		RedFlagView closed = this.harness.only(LateWithoutApologyRule.RULE);
		assertThat(closed.open()).isFalse();
		assertThat(closed.closedAt()).isEqualTo(at("17:00"));
		assertThat(closed.closedReason()).contains("apology", apology);
		this.harness.assertRedeliveryChangesNothing();
	}

	@Test
	void aReplayRaisesAndClosesTheSameFlagWithoutAnySweep() {
		walkToSpecialist();
		this.harness.sweep(at("17:00"));
		this.harness.feed(apologised("17:00", DUE, on("2026-03-03", "16:00")));
		java.util.List<RedFlagView> live = this.harness.flags(LateWithoutApologyRule.RULE);

		this.harness.replay();

		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEqualTo(live);
	}

	@Test
	void aDossierResolvedInTimeIsNeverFlagged() {
		walkToSpecialist();
		this.harness.feed(resultIssued("15:00"));
		this.harness.sweep(on("2026-03-04", "09:00"));
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
	}

	private String walkToSpecialist() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		String receipt = this.harness.feed(received("08:10", DUE));
		this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
		return receipt;
	}

}
