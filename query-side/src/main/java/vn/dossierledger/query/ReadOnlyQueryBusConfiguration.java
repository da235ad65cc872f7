package vn.dossierledger.query;

import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The local query bus as Axon's auto-configuration builds it, but each query runs in a
 * read-only transaction: query handlers only read, and Hibernate then keeps no snapshots
 * of the rows it loads and skips the dirty-checking flush at commit — most of a status
 * lookup's cost besides the select itself. With Axon Server the connector's query bus
 * takes over, as before.
 */
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ReadOnlyQueryBusConfiguration {

	static TransactionDefinition readOnlyQuery() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		return definition;
	}

	@Bean
	@Qualifier("localSegment")
	SimpleQueryBus queryBus(Configuration axon, PlatformTransactionManager transactions) {
		return SimpleQueryBus.builder()
			.messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
			.transactionManager(new SpringTransactionManager(transactions, readOnlyQuery()))
			.errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
					() -> LoggingQueryInvocationErrorHandler.builder().build()))
			.queryUpdateEmitter(axon.queryUpdateEmitter())
			.spanFactory(axon.getComponent(QueryBusSpanFactory.class))
			.build();
	}

}
