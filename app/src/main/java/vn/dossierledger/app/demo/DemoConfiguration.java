package vn.dossierledger.app.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import vn.dossierledger.app.role.ProcessRoles;
import vn.dossierledger.command.signature.DemoCertificateAuthority;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The demo province: a simulated clock that becomes the application's business clock, and
 * the simulator that seeds an empty ledger with it.
 */
@Configuration(proxyBeanMethods = false)
// Seeding sends commands: only a process with the commands role seeds.
@ConditionalOnExpression("${dossier-ledger.demo.enabled:false} and ${" + ProcessRoles.COMMANDS + ":true}")
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

	@Bean
	SimulationWindow demoSimulationWindow(DemoProperties properties,
			@Value("${dossier-ledger.event-store.gap-timeout:PT60S}") Duration gapTimeout) {
		SimulationWindow window = SimulationWindow.endingAt(Instant.now(), properties.days());
		window.requireGapsKeptThroughout(gapTimeout);
		return window;
	}

	/**
	 * Primary, so that the aggregate, the demo CA and everything else asking for a
	 * {@link Clock} get this one instead of the command side's system clock.
	 */
	@Bean
	@Primary
	SimulatedClock simulatedClock(SimulationWindow window) {
		return new SimulatedClock(Clock.systemUTC(), window.start());
	}

	@Bean
	DemoProvinceSimulator demoProvinceSimulator(DemoProperties properties, SimulationWindow window,
			SimulatedClock clock, CommandGateway commandGateway, EventStore eventStore, CommandBus commandBus,
			ObjectProvider<Scheduler> scheduler, ProcedureCatalogue catalogue, OfficerRegistry officers,
			StatutoryClock statutoryClock, WorkingCalendar calendar,
			ObjectProvider<DemoCertificateAuthority> certificateAuthority,
			@Value("${dossier-ledger.data-dir}") Path dataDirectory) {
		DemoCertificateAuthority authority = certificateAuthority.getIfAvailable();
		if (authority == null) {
			throw new IllegalStateException("The demo province signs decisions with the demo certificate authority: "
					+ "set dossier-ledger.signature.demo-ca.enabled=true (the demo profile does)");
		}
		// Commands are handled at the simulated instant they carry, on whichever thread.
		commandBus.registerHandlerInterceptor(new SimulatedTimeInterceptor(clock));
		return new DemoProvinceSimulator(properties, window, clock, commandGateway, eventStore, scheduler, catalogue,
				officers, statutoryClock, calendar, authority, dataDirectory);
	}

}
