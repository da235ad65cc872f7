package vn.dossierledger.projection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ReadModelProcessingProperties} for the read models' processors. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelProcessingProperties.class)
class ReadModelProcessingConfiguration {

}
