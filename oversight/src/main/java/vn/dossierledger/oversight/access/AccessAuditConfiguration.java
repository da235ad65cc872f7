package vn.dossierledger.oversight.access;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.dossierledger.reference.organisation.OfficerRegistry;

/** Registers the access audit in front of every controller. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessAuditProperties.class)
@ConditionalOnBooleanProperty(name = "dossier-ledger.access-audit.enabled", matchIfMissing = true)
class AccessAuditConfiguration implements WebMvcConfigurer {

	private final AccessAudit audit;

	AccessAuditConfiguration(EventStore eventStore, TransactionManager transactions, OfficerRegistry organisation,
			AccessAuditProperties properties) {
		this.audit = new AccessAudit(eventStore, transactions, organisation, properties.purposeMaxLength());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.audit);
	}

}
