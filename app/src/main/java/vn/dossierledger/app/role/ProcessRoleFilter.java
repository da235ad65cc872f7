package vn.dossierledger.app.role;

import java.util.Map;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves out of the application's component scan the modules of a role this process does
 * not play ({@link ProcessRoles}). Each module owns one root package, so a module's role
 * is its root's. A filter on the one scan rather than a conditional
 * {@code @ComponentScan} per module: nested scans register their configuration classes'
 * beans after Spring Boot has evaluated the auto-configurations'
 * {@code @ConditionalOnBean} (the Elasticsearch client then never found its endpoint). A
 * {@link TypeExcludeFilter}, so that {@code @SpringBootApplication}'s own scan consults
 * it; {@link Registration} puts it in the context before that scan runs.
 */
public final class ProcessRoleFilter extends TypeExcludeFilter {

	/**
	 * The modules of each role. Reference data, events and the shared web layer belong to
	 * both.
	 */
	private static final Map<String, String> MODULE_ROLES = Map.of(
			// command-side: aggregate, command REST, deadlines, unique claims, signatures
			"vn.dossierledger.command.", ProcessRoles.COMMANDS,
			// oversight: the ledger and case replay guard what the command side writes
			"vn.dossierledger.oversight.", ProcessRoles.COMMANDS,
			// projections: read-model processors and admin, Elasticsearch client,
			// red-flag mirror
			"vn.dossierledger.projection.", ProcessRoles.PROJECTIONS,
			// query-side: queries, query REST, SSE
			"vn.dossierledger.query.", ProcessRoles.PROJECTIONS);

	private final Environment environment;

	ProcessRoleFilter(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory) {
		String className = metadataReader.getClassMetadata().getClassName();
		return MODULE_ROLES.entrySet()
			.stream()
			.anyMatch((module) -> className.startsWith(module.getKey()) && !plays(module.getValue()));
	}

	private boolean plays(String role) {
		return this.environment.getProperty(role, Boolean.class, true);
	}

	/** Filters of one class decide alike: it reads the roles when it matches. */
	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

	/**
	 * Listed in {@code META-INF/spring.factories}, so every start of the application (its
	 * {@code main}, {@code @SpringBootTest}, a {@code SpringApplicationBuilder}) scans
	 * with the filter.
	 */
	public static final class Registration implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getBeanFactory()
				.registerSingleton(ProcessRoleFilter.class.getName(), new ProcessRoleFilter(context.getEnvironment()));
		}

	}

}
