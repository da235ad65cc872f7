package vn.dossierledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The H2 file store of the earlier release: its database file and key unpacked. */
class StoredLedgerH2IT extends StoredLedgerContract {

	@Override
	String storeName() {
		return "h2";
	}

	@Override
	Map<String, Object> openStore(Path fixture, Path dataDirectory) throws IOException {
		try (InputStream in = Files.newInputStream(fixture.resolve(StoredLedger.H2_DATABASE));
				ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Files.copy(zip, dataDirectory.resolve(Path.of(entry.getName()).getFileName()));
			}
		}
		return Map.of();
	}

}
