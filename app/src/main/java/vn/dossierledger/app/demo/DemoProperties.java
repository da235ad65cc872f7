package vn.dossierledger.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo province simulator.
 *
 * @param enabled seed a simulated province at start-up when the event store is empty
 * @param dossiers how many dossiers to submit over the simulated window
 * @param days length of the simulated window, ending at start-up (three weeks by default:
 * the window must fit in the event store's gap timeout, see
 * {@link SimulationWindow#requireGapsKeptThroughout})
 * @param seed seed of the random generator, for a reproducible province; a random one
 * (logged) when not set
 * @param threads worker threads replaying dossiers in parallel (each dossier's commands
 * stay sequential)
 */
@ConfigurationProperties("dossier-ledger.demo")
record DemoProperties(boolean enabled, Integer dossiers, Integer days, Long seed, Integer threads) {

	DemoProperties {
		dossiers = (dossiers != null) ? dossiers : 3000;
		days = (days != null) ? days : 21;
		threads = (threads != null) ? threads : 2;
		if (dossiers < 0 || days < 1 || threads < 1) {
			throw new IllegalArgumentException("dossier-ledger.demo needs dossiers >= 0, days >= 1 and threads >= 1");
		}
	}

}
