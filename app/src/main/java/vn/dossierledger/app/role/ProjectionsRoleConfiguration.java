package vn.dossierledger.app.role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The read side, scanned only in a process that keeps read models: the read-model
 * processors and their admin, the Elasticsearch client, query handlers, query REST and
 * live updates (SSE), the red-flag sweep.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ProcessRoles.PROJECTIONS, havingValue = "true", matchIfMissing = true)
@ComponentScan({ "vn.dossierledger.projection", "vn.dossierledger.query" })
class ProjectionsRoleConfiguration {

}
