package vn.dossierledger.identity.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the access audit in front of every controller, in both process roles: the reads it
 * records are served by the command side's case replay and the query side alike.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessAuditProperties.class)
class AccessAuditConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<AccessAudit> audit;

	AccessAuditConfiguration(ObjectProvider<AccessAudit> audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		this.audit.ifAvailable(registry::addInterceptor);
	}

}
