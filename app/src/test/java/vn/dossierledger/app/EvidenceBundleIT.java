package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.oversight.ledger.ConsistencyProof;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier.Verdict;
import vn.dossierledger.oversight.ledger.InclusionProof;
import vn.dossierledger.oversight.ledger.LedgerPublicKey;
import vn.dossierledger.oversight.ledger.Seal;

/**
 * Seals, proofs and evidence bundles from a running ledger: a bundle exported over HTTP
 * verifies offline — also with the command-line verifier run from the application jar,
 * exactly as docs/tamper-evidence.md says — and stops verifying after any one-byte
 * change; inclusion and consistency proofs served by the API check against the signed
 * seals.
 */
class EvidenceBundleIT extends SharedLedgerTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final EvidenceBundleVerifier verifier = new EvidenceBundleVerifier();

	@Test
	void theBundleOfAWholeLifeVerifiesWithTheTrustedKeyOnly() {
		String dossierId = DossierWalk.submit(api()).receive().processUntilResultIssued().dossierId();
		LedgerSeals.awaitEverythingSealed(api(), eventStore());
		LedgerPublicKey key = JSON.convertValue(api().get("/api/ledger/public-key").json(), LedgerPublicKey.class);

		byte[] bundle = api().download("/api/dossiers/" + dossierId + "/evidence");
		Verdict verdict = this.verifier.verify(bundle, Optional.of(key.keyId()));

		assertThat(verdict.failures()).isEmpty();
		assertThat(verdict.verified()).isTrue();
		long events = eventStore().eventsOf(dossierId).size();
		assertThat(verdict.facts().get(0)).contains(events + " events, " + events + " under seal", "0 not yet sealed");
		assertThat(this.verifier.verify(bundle, Optional.of("00".repeat(32))).verified()).isFalse();
	}

	/**
	 * Every byte, flipped in turn. A short dossier keeps this to seconds: Ed25519 in the
	 * JDK costs about a millisecond per check.
	 */
	@Test
	void noOneByteChangeOfABundleVerifies() {
		String dossierId = DossierWalk.submit(api()).dossierId();
		LedgerSeals.awaitEverythingSealed(api(), eventStore());
		byte[] bundle = api().download("/api/dossiers/" + dossierId + "/evidence");
		assertThat(this.verifier.verify(bundle, Optional.empty()).verified()).isTrue();

		List<Integer> accepted = new ArrayList<>();
		for (int position = 0; position < bundle.length; position++) {
			byte[] changed = bundle.clone();
			changed[position] ^= 0x01;
			if (this.verifier.verify(changed, Optional.empty()).verified()) {
				accepted.add(position);
			}
		}
		assertThat(accepted).as("positions of %d bytes whose change went unnoticed", bundle.length).isEmpty();
	}

	@Test
	void theCommandLineVerifierFromTheApplicationJarGivesTheVerdict(@TempDir Path directory) throws Exception {
		String dossierId = DossierWalk.submit(api()).receive().dossierId();
		LedgerSeals.awaitEverythingSealed(api(), eventStore());
		Path good = directory.resolve("evidence.json");
		Files.write(good, api().download("/api/dossiers/" + dossierId + "/evidence"));
		Path tampered = directory.resolve("tampered.json");
		Files.writeString(tampered, Files.readString(good).replace(dossierId, dossierId.replace('-', '_')));

		CommandLine verified = verifyWithTheJar(good);
		CommandLine refused = verifyWithTheJar(tampered);

		assertThat(verified.exitCode()).as(verified.output()).isZero();
		assertThat(verified.output()).startsWith("VERIFIED");
		assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
		assertThat(refused.output()).startsWith("NOT VERIFIED").contains("FAILED");
	}

	@Test
	void inclusionAndConsistencyProofsCheckAgainstTheSignedSeals() {
		String dossierId = DossierWalk.submit(api()).receive().processUntilResultIssued().dossierId();
		JsonNode latest = LedgerSeals.awaitEverythingSealed(api(), eventStore());
		LedgerPublicKey key = JSON.convertValue(api().get("/api/ledger/public-key").json(), LedgerPublicKey.class);
		String eventId = eventStore().jdbc()
			.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ?"
					+ " and sequence_number = 2", String.class, dossierId);

		InclusionProof inclusion = JSON.convertValue(api().get("/api/ledger/events/" + eventId + "/inclusion").json(),
				InclusionProof.class);
		long treeSize = latest.path("treeSize").asLong();
		ConsistencyProof consistency = JSON.convertValue(
				api().get("/api/ledger/seals/consistency?from=1&to=" + treeSize).json(), ConsistencyProof.class);
		Seal first = JSON.convertValue(api().get("/api/ledger/seals/1").json(), Seal.class);

		assertThat(inclusion.dossierId()).isEqualTo(dossierId);
		assertThat(inclusion.sequence()).isEqualTo(2);
		assertThat(inclusion.leadsToSealedRoot()).isTrue();
		assertThat(inclusion.seal().isSignedBy(key)).isTrue();
		assertThat(consistency.holds()).isTrue();
		assertThat(consistency.fromRoot()).isEqualTo(first.treeRoot());
		assertThat(first.isSignedBy(key)).isTrue();
		assertThat(new ConsistencyProof(1, latest.path("treeRoot").asText(), treeSize, first.treeRoot(),
				consistency.proof())
			.holds()).isFalse();
	}

	@Test
	void unknownThingsAreProblemsNotProofs() {
		Reply unknownDossier = api().get("/api/dossiers/no-such-dossier/evidence");
		Reply unknownEvent = api().get("/api/ledger/events/no-such-event/inclusion");
		Reply backwards = api().get("/api/ledger/seals/consistency?from=3&to=2");

		assertThat(unknownDossier.status()).isEqualTo(404);
		assertThat(unknownDossier.contentType().toString()).isEqualTo("application/problem+json");
		assertThat(unknownEvent.status()).isEqualTo(404);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.text("detail")).contains("from=3, to=2");
	}

	/**
	 * The documented command (docs/tamper-evidence.md): the offline verifier inside the
	 * application jar.
	 */
	private static CommandLine verifyWithTheJar(Path bundle) throws IOException, InterruptedException {
		File jar = applicationJar();
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				jar.getPath(), "-Dloader.main=vn.dossierledger.oversight.ledger.VerifyEvidenceBundle",
				"org.springframework.boot.loader.launch.PropertiesLauncher", bundle.toString())
			.redirectErrorStream(true)
			.start();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (PrintStream ignored = new PrintStream(output)) {
			process.getInputStream().transferTo(output);
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new CommandLine(process.exitValue(), output.toString(StandardCharsets.UTF_8));
	}

	private static File applicationJar() {
		File[] jars = new File("target").listFiles((directory, name) -> name.matches("app-.*\\.jar"));
		assertThat(jars).as("the packaged application jar in app/target (failsafe runs after package)").hasSize(1);
		return jars[0];
	}

	private record CommandLine(int exitCode, String output) {

	}

}
