package vn.dossierledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Runs command side, projections and query side in one JVM: the embedded default. */
@SpringBootApplication(scanBasePackages = "vn.dossierledger")
// Listing Axon's entity packages too: an explicit scan replaces the ones Axon registers
// itself.
@EntityScan(basePackages = { "vn.dossierledger", "org.axonframework.eventsourcing.eventstore.jpa",
		"org.axonframework.eventhandling.tokenstore.jpa", "org.axonframework.modelling.saga.repository.jpa",
		"org.axonframework.eventhandling.deadletter.jpa" })
@EnableJpaRepositories(basePackages = "vn.dossierledger")
public class DossierLedgerApplication {

	public static void main(String[] args) {
		SpringApplication.run(DossierLedgerApplication.class, args);
	}

}
