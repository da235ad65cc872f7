package vn.dossierledger.app.role;

import java.util.List;

import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/**
 * Leaves out of the application's component scan what belongs to a role this process does
 * not play ({@link ProcessRoles}). A filter on the one scan rather than a conditional
 * {@code @ComponentScan} per role: nested scans register their configuration classes'
 * beans after Spring Boot has evaluated the auto-configurations'
 * {@code @ConditionalOnBean} (the Elasticsearch client then never found its endpoint).
 */
public final class ProcessRoleFilter implements TypeFilter, EnvironmentAware {

	/**
	 * The command side (aggregate, command REST, deadlines, unique claims, signatures)
	 * and the oversight that guards what it writes (ledger, replay).
	 */
	private static final List<String> COMMAND_SIDE = List.of("vn.dossierledger.command.",
			"vn.dossierledger.oversight.");

	/**
	 * The read side: read-model processors and admin, Elasticsearch client, queries, SSE,
	 * the red-flag mirror.
	 */
	private static final List<String> READ_SIDE = List.of("vn.dossierledger.projection.", "vn.dossierledger.query.");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory) {
		String className = metadataReader.getClassMetadata().getClassName();
		if (COMMAND_SIDE.stream().anyMatch(className::startsWith)) {
			return !plays(ProcessRoles.COMMANDS);
		}
		if (READ_SIDE.stream().anyMatch(className::startsWith)) {
			return !plays(ProcessRoles.PROJECTIONS);
		}
		return false;
	}

	private boolean plays(String role) {
		return this.environment.getProperty(role, Boolean.class, true);
	}

}
