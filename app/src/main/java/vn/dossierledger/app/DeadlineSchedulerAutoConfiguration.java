package vn.dossierledger.app;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerState;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import com.github.kagkarlsson.scheduler.boot.config.startup.ContextReadyStart;
import com.github.kagkarlsson.scheduler.boot.config.startup.ImmediateStart;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * The persistent scheduler behind Axon's {@code DbSchedulerDeadlineManager}, as
 * db-scheduler's Spring Boot starter configures it ({@code db-scheduler.*} properties,
 * tasks from the context, started once the context is ready, Micrometer statistics and a
 * health indicator). db-scheduler's Boot 4 starter is not served to this build, and its
 * Boot 3 starter orders itself after Boot 3's DataSource auto-configuration, which Boot 4
 * moved: without the DataSource it defined no {@link Scheduler}, and Axon silently fell
 * back to its in-memory deadline manager. Remove this class for
 * {@code db-scheduler-spring-boot-4-starter} once it is served.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class },
		before = AxonDbSchedulerAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(value = "db-scheduler.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DbSchedulerProperties.class)
public class DeadlineSchedulerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DbSchedulerCustomizer noopCustomizer() {
		return new DbSchedulerCustomizer() {
		};
	}

	@Bean
	@ConditionalOnMissingBean(StatsRegistry.class)
	StatsRegistry dbSchedulerStatsRegistry(ObjectProvider<MeterRegistry> meterRegistry, List<Task<?>> tasks) {
		MeterRegistry registry = meterRegistry.getIfAvailable();
		return (registry != null) ? new MicrometerStatsRegistry(registry, tasks) : StatsRegistry.NOOP;
	}

	@Bean(destroyMethod = "stop")
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	Scheduler scheduler(DbSchedulerProperties properties, DbSchedulerCustomizer customizer, StatsRegistry statsRegistry,
			DataSource dataSource, List<Task<?>> tasks, List<SchedulerListener> listeners,
			List<ExecutionInterceptor> interceptors) {
		return DbSchedulerConfigurationSupport.buildScheduler(properties, customizer, statsRegistry, new SystemClock(),
				dataSource, tasks, listeners, interceptors);
	}

	@Bean
	@ConditionalOnMissingBean
	DbSchedulerStarter dbSchedulerStarter(Scheduler scheduler, DbSchedulerProperties properties) {
		return properties.isDelayStartupUntilContextReady() ? new ContextReadyStart(scheduler)
				: new ImmediateStart(scheduler);
	}

	@Bean
	static LazyInitializationExcludeFilter eagerDbSchedulerStarter() {
		return LazyInitializationExcludeFilter.forBeanTypes(DbSchedulerStarter.class);
	}

	/**
	 * Up while the scheduler runs, as the starter's indicator (component "dbScheduler").
	 */
	@Bean
	HealthIndicator dbScheduler(Scheduler scheduler) {
		SchedulerState state = scheduler.getSchedulerState();
		return () -> {
			if (state.isStarted()) {
				return state.isShuttingDown() ? Health.outOfService().withDetail("state", "shutting_down").build()
						: Health.up().withDetail("state", "started").build();
			}
			return state.isShuttingDown() ? Health.down().build()
					: Health.down().withDetail("state", "not_started").build();
		};
	}

}
