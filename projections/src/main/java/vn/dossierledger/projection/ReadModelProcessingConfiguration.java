package vn.dossierledger.projection;

import java.util.LinkedHashSet;
import java.util.Set;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' event processing: Axon's, with {@link NarrowingEventProcessor}s for
 * its pooled processors ({@link ReadModelEventProcessingModule}), and handlers that fail
 * with the cause of an event that cannot be stored ({@link QuarantiningHandlerEnhancer})
 * or whose type is unknown ({@link UnknownEventTypes}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelProcessingProperties.class)
class ReadModelProcessingConfiguration {

	@Bean
	EventProcessingModule eventProcessingModule(ReadModelProcessingProperties properties) {
		return new ReadModelEventProcessingModule(properties.fullBufferBackOff(),
				properties.failedSegmentRetryInterval());
	}

	/**
	 * Each read model with a dead-letter queue also handles the events of unknown types,
	 * to park them there. Only the groups of existing read-model beans (read by their
	 * annotation, without creating them): one that is switched off stays off.
	 */
	@Bean
	ConfigurerModule unknownEventTypes(ListableBeanFactory beans, EventProcessorProperties processors) {
		Set<String> readModels = new LinkedHashSet<>();
		for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
			ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
			EventProcessorProperties.ProcessorSettings settings = (group != null)
					? processors.getProcessors().get(group.value()) : null;
			if (settings != null && settings.getDlq().isEnabled()) {
				readModels.add(group.value());
			}
		}
		return (configurer) -> readModels.forEach((readModel) -> configurer.eventProcessing()
			.registerEventHandler((configuration) -> new UnknownEventTypes(readModel))
			.assignHandlerInstancesMatching(readModel, 1, (handler) -> handler instanceof UnknownEventTypes unknown
					&& unknown.readModel().equals(readModel)));
	}

	@Bean
	static QuarantiningHandlerEnhancer quarantiningHandlerEnhancer() {
		return new QuarantiningHandlerEnhancer();
	}

}
