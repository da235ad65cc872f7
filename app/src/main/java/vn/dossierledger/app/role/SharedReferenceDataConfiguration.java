package vn.dossierledger.app.role;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Reference data both roles read: the working-day calendar and statutory clock, the
 * procedure catalogue and the organisation (read models take names, steps and thresholds
 * from them).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan({ "vn.dossierledger.command.calendar", "vn.dossierledger.command.catalogue",
		"vn.dossierledger.command.organisation" })
class SharedReferenceDataConfiguration {

}
