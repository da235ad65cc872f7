package vn.dossierledger.app.demo;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

/** Waiting for the demo province's seeding from tests outside this package. */
public final class DemoSeeding {

	private DemoSeeding() {
	}

	/**
	 * Waits until the application's demo simulator has seeded (or decided not to).
	 * @return the dossiers seeded by this start, 0 when it did not seed
	 */
	public static long awaitFinished(ApplicationContext context, Duration timeout) throws InterruptedException {
		DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
		if (!simulator.awaitFinished(timeout)) {
			throw new IllegalStateException("The demo province was still seeding after " + timeout);
		}
		SeedingReport report = simulator.lastReport();
		return (report != null) ? report.dossiersByOutcome().values().stream().mapToLong(Number::longValue).sum() : 0;
	}

}
