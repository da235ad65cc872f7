package vn.dossierledger.projection.redflag;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.RECEIVING_OFFICER;
import static vn.dossierledger.projection.BirthRegistrationEvents.SPECIALIST;
import static vn.dossierledger.projection.BirthRegistrationEvents.at;
import static vn.dossierledger.projection.BirthRegistrationEvents.delivered;
import static vn.dossierledger.projection.BirthRegistrationEvents.feesRequested;
import static vn.dossierledger.projection.BirthRegistrationEvents.paid;
import static vn.dossierledger.projection.BirthRegistrationEvents.received;
import static vn.dossierledger.projection.BirthRegistrationEvents.resultIssued;
import static vn.dossierledger.projection.BirthRegistrationEvents.transferred;
import static vn.dossierledger.projection.redflag.DossierEvents.submittedWithDocuments;

/**
 * A fee asked after the result is collected on delivery: processing is over, no clock
 * runs again, and nothing after it can make the dossier late.
 */
class FeesCollectedAfterTheResultTest {

	private final RedFlagHarness harness = new RedFlagHarness();

	@Test
	void aFeeAskedAfterAnOnTimeResultAndPaidAfterTheDueDateRaisesNoLateness() {
		this.harness.feed(submittedWithDocuments(Channel.ONLINE, "08:00"));
		this.harness.feed(received("08:10", at("16:10")));
		this.harness.feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
		this.harness.feed(resultIssued("15:00"));
		this.harness.feed(feesRequested("15:30", 8000));
		this.harness.feed(paid("17:00", 8000, at("16:10")));
		this.harness.feed(delivered("17:30"));

		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
		assertThat(this.harness.flags(ParkedWithOfficerRule.RULE)).isEmpty();
		this.harness.replay();
		assertThat(this.harness.flags(LateWithoutApologyRule.RULE)).isEmpty();
	}

}
