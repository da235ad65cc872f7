package vn.dossierledger.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.dossierledger.events.dossier.command.SubmitDossierCommand;

/**
 * Some demo dossiers as their citizens know them from the receipt: code and lookup
 * secret, with the applicant who may sign in as themselves. Written next to the demo's
 * data ({@code demo-lookups.csv}), so that the citizen's page and the status API can be
 * tried on the demo province; the ledger itself keeps only the secrets' hashes.
 */
final class DemoLookups {

	static final String FILE_NAME = "demo-lookups.csv";

	/** The first dossiers of the plan are listed, this many. */
	static final int LISTED = 20;

	private DemoLookups() {
	}

	static List<String> lines(List<DossierPlan> plans) {
		List<String> lines = new ArrayList<>();
		lines.add("dossierCode,lookupSecret,applicant,procedureCode,scenario");
		plans.stream().sorted(Comparator.comparingInt(DossierPlan::sequence)).limit(LISTED).forEach((plan) -> {
			SubmitDossierCommand submission = plan.commands()
				.stream()
				.map(PlannedCommand::command)
				.filter(SubmitDossierCommand.class::isInstance)
				.map(SubmitDossierCommand.class::cast)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Dossier plan " + plan.sequence() + " submits nothing"));
			lines.add(String.join(",", submission.dossierCode(), plan.lookupSecret(), submission.applicant().value(),
					plan.procedureCode(), plan.scenario().name()));
		});
		return lines;
	}

	static Path write(Path directory, List<DossierPlan> plans) {
		try {
			Files.createDirectories(directory);
			return Files.write(directory.resolve(FILE_NAME), lines(plans), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the demo lookups into " + directory, ex);
		}
	}

}
