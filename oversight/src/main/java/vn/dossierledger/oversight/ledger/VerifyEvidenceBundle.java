package vn.dossierledger.oversight.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The offline verifier (docs/tamper-evidence.md, "Evidence bundles"):
 * {@code VerifyEvidenceBundle <bundle.json> [--trusted-key <key id>]}. Prints the
 * verdict; exits 0 when the bundle verifies, 1 when it does not, 2 when it cannot be
 * read.
 */
public final class VerifyEvidenceBundle {

	private VerifyEvidenceBundle() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	static int run(String[] args, PrintStream out) {
		if (args.length != 1 && !(args.length == 3 && "--trusted-key".equals(args[1]))) {
			out.println("Usage: VerifyEvidenceBundle <bundle.json> [--trusted-key <key id>]");
			return 2;
		}
		byte[] bundle;
		try {
			bundle = Files.readAllBytes(Path.of(args[0]));
		}
		catch (IOException ex) {
			out.println("Cannot read " + args[0] + ": " + ex.getMessage());
			return 2;
		}
		Optional<String> trustedKey = (args.length == 3) ? Optional.of(args[2]) : Optional.empty();
		EvidenceBundleVerifier.Verdict verdict = new EvidenceBundleVerifier().verify(bundle, trustedKey);
		out.print(verdict.report());
		if (verdict.verified() && trustedKey.isEmpty()) {
			out.println("  Compare the key id with the one the ledger publishes (GET /api/ledger/public-keys)"
					+ " or pass --trusted-key.");
		}
		return verdict.verified() ? 0 : 1;
	}

}
