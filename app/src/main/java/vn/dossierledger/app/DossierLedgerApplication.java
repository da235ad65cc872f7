package vn.dossierledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.dossierledger.app.persistence.MultiLoadingJpaRepository;
import vn.dossierledger.app.role.ProcessRoleFilter;
import vn.dossierledger.app.role.ProcessRoles;

/**
 * Runs command side, oversight, projections and query side in one JVM (the embedded
 * default), or one of the two roles of {@link ProcessRoles}: {@link ProcessRoleFilter}
 * leaves the other role's modules out of the scan.
 */
@SpringBootApplication(scanBasePackages = "vn.dossierledger")
// Listing Axon's entity packages too: an explicit scan replaces the ones Axon registers
// itself.
@EntityScan(basePackages = { "vn.dossierledger", "org.axonframework.eventsourcing.eventstore.jpa",
		"org.axonframework.eventhandling.tokenstore.jpa", "org.axonframework.modelling.saga.repository.jpa",
		"org.axonframework.eventhandling.deadletter.jpa" })
@EnableJpaRepositories(basePackages = "vn.dossierledger", repositoryBaseClass = MultiLoadingJpaRepository.class)
@EnableScheduling // the red-flag mirror and the ledger's sealing and verification jobs
public class DossierLedgerApplication {

	public static void main(String[] args) {
		// Axon's update checker reads a JVM property, not a Spring one; this machine must
		// not phone home.
		if (System.getProperty("axoniq.update-checker.disabled") == null) {
			System.setProperty("axoniq.update-checker.disabled", "true");
		}
		SpringApplication.run(DossierLedgerApplication.class, args);
	}

}
