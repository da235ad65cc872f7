package vn.dossierledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Runs command side, projections and query side in one JVM: the embedded default. */
@SpringBootApplication(scanBasePackages = "vn.dossierledger")
@EntityScan(basePackages = "vn.dossierledger")
@EnableJpaRepositories(basePackages = "vn.dossierledger")
public class DossierLedgerApplication {

	public static void main(String[] args) {
		SpringApplication.run(DossierLedgerApplication.class, args);
	}

}
