package vn.dossierledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.dossierledger.app.persistence.MultiLoadingJpaRepository;
import vn.dossierledger.app.role.ProcessRoleFilter;
import vn.dossierledger.app.role.ProcessRoles;

/**
 * Runs command side, projections and query side in one JVM (the embedded default), or one
 * of the two roles of {@link ProcessRoles}: {@link ProcessRoleFilter} leaves the other
 * role's packages out of the scan. (Spelled out instead of
 * {@code @SpringBootApplication}, whose scan cannot take another filter.)
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "vn.dossierledger",
		excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@Filter(type = FilterType.CUSTOM, classes = ProcessRoleFilter.class) })
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
