package vn.dossierledger.bench;

import java.time.Duration;

/** Thread.sleep without the checked exception, for polling loops. */
final class Pause {

	private Pause() {
	}

	static void of(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
