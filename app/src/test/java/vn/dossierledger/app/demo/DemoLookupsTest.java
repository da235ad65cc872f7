package vn.dossierledger.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's lookups list the plan's first dossiers as their receipts name them, with the
 * secret whose hash the submission carries.
 */
class DemoLookupsTest {

	@Test
	void listsTheFirstDossiersOfThePlanWithTheSecretsTheirSubmissionsHash() {
		List<DossierPlan> plans = new ArrayList<>();
		for (int sequence = 24; sequence >= 0; sequence--) {
			plans.add(plan(sequence));
		}

		List<String> lines = DemoLookups.lines(plans);

		assertThat(lines).hasSize(DemoLookups.LISTED + 1);
		assertThat(lines.get(0)).isEqualTo("dossierCode,lookupSecret,applicant,procedureCode,scenario");
		assertThat(lines.get(1)).isEqualTo("CODE-0,000000000000,cd-000000000000,1.001193,RESOLVED_ON_TIME");
		assertThat(lines.get(DemoLookups.LISTED)).startsWith("CODE-19,");
	}

	private static DossierPlan plan(int sequence) {
		String secret = String.format("%012d", sequence);
		SubmitDossierCommand submission = new SubmitDossierCommand("dossier-" + sequence, "CODE-" + sequence,
				"1.001193", Channel.ONLINE, new SubjectRef("cd-" + secret), null, null, null, null, List.of(),
				FakeCitizens.sha256(secret.getBytes(StandardCharsets.US_ASCII)));
		return new DossierPlan(sequence, "dossier-" + sequence, "1.001193", Scenario.RESOLVED_ON_TIME,
				List.of(new PlannedCommand(Instant.parse("2026-12-01T02:00:00Z"), submission, false)), secret);
	}

}
