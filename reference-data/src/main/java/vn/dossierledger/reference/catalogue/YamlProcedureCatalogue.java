package vn.dossierledger.reference.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The procedure catalogue read from a versioned YAML file. The file is validated as a
 * whole when loaded: the application must not start on a catalogue it would misapply.
 */
public final class YamlProcedureCatalogue implements ProcedureCatalogue {

	public static final String DEFAULT_LOCATION = "classpath:catalogue/procedures.yaml";

	private final String catalogueVersion;

	/** Versions of each procedure, oldest first, by procedure code. */
	private final Map<String, List<Procedure>> versionsByCode;

	private YamlProcedureCatalogue(String catalogueVersion, List<Procedure> procedures) {
		this.catalogueVersion = catalogueVersion;
		this.versionsByCode = procedures.stream()
			.sorted(Comparator.comparing(Procedure::effectiveFrom))
			.collect(Collectors.groupingBy(Procedure::code, TreeMap::new, Collectors.toUnmodifiableList()));
	}

	/** Loads the catalogue shipped with the application. */
	public static YamlProcedureCatalogue loadDefault() {
		return load(DEFAULT_LOCATION);
	}

	/**
	 * Loads a catalogue from a Spring resource location such as "classpath:…" or
	 * "file:…".
	 */
	public static YamlProcedureCatalogue load(String location) {
		return load(new DefaultResourceLoader().getResource(location));
	}

	public static YamlProcedureCatalogue load(Resource resource) {
		ProcedureFile file = read(resource);
		Rulebook defaults = (file.defaults() != null && file.defaults().rulebook() != null)
				? file.defaults().rulebook().over(Rulebook.DEFAULTS) : Rulebook.DEFAULTS;
		ProcedureValidator validator = new ProcedureValidator();
		validator.checkFile(file, defaults);
		List<Procedure> procedures = new ArrayList<>();
		for (ProcedureFile.Entry entry : ProcedureFile.listOrEmpty(file.procedures())) {
			validator.checkShape(entry);
			for (ProcedureFile.Entry version : entry.versionsOrSelf()) {
				if (validator.checkComplete(version)) {
					Procedure procedure = version.toProcedure(defaults);
					validator.checkConsistent(procedure);
					procedures.add(procedure);
				}
			}
		}
		validator.checkUniqueVersions(procedures);
		List<String> problems = validator.problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Procedure catalogue " + resource.getDescription() + " is invalid:\n - "
					+ String.join("\n - ", problems));
		}
		return new YamlProcedureCatalogue(file.catalogueVersion(), procedures);
	}

	private static ProcedureFile read(Resource resource) {
		YAMLMapper mapper = YAMLMapper.builder().addModule(new JavaTimeModule()).build();
		try (InputStream in = resource.getInputStream()) {
			ProcedureFile file = mapper.readValue(in, ProcedureFile.class);
			if (file == null) {
				throw new IllegalStateException("Procedure catalogue " + resource.getDescription() + " is empty");
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Cannot read procedure catalogue " + resource.getDescription() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public Optional<Procedure> inForce(String procedureCode, LocalDate date) {
		List<Procedure> versions = this.versionsByCode.getOrDefault(procedureCode, List.of());
		Procedure inForce = null;
		for (Procedure candidate : versions) {
			if (!candidate.effectiveFrom().isAfter(date)) {
				inForce = candidate;
			}
		}
		return Optional.ofNullable(inForce);
	}

	@Override
	public Optional<Procedure> version(String procedureCode, String version) {
		return this.versionsByCode.getOrDefault(procedureCode, List.of())
			.stream()
			.filter((candidate) -> candidate.version().equals(version))
			.findFirst();
	}

	@Override
	public List<Procedure> currentProcedures(LocalDate date) {
		return this.versionsByCode.keySet()
			.stream()
			.map((code) -> inForce(code, date))
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Every version of every procedure, by code then effective date; for consistency
	 * checks.
	 */
	public List<Procedure> allVersions() {
		return this.versionsByCode.values().stream().flatMap(List::stream).toList();
	}

	@Override
	public String catalogueVersion() {
		return this.catalogueVersion;
	}

	@Override
	public String toString() {
		return "YamlProcedureCatalogue[" + this.catalogueVersion + ", " + this.versionsByCode.size() + " procedures]";
	}

}
