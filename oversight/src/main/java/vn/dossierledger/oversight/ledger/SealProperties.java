package vn.dossierledger.oversight.ledger;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the ledger seals its event stream.
 *
 * @param blockSize events per block at most
 * @param blockInterval how long a block stays open for fewer events
 * @param batchSize events the sealing processor takes per transaction
 * @param keyFile the Ed25519 key pair (PEM) that signs seals and evidence bundles;
 * created when absent
 */
@ConfigurationProperties("dossier-ledger.ledger.seal")
record SealProperties(int blockSize, Duration blockInterval, int batchSize, Path keyFile) {

	SealProperties {
		blockSize = (blockSize > 0) ? blockSize : 1024;
		blockInterval = (blockInterval != null) ? blockInterval : Duration.ofMinutes(1);
		batchSize = (batchSize > 0) ? batchSize : 256;
		keyFile = (keyFile != null) ? keyFile : Path.of("data", "ledger-key.pem");
	}

}
