package vn.dossierledger.reference.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.reference.organisation.OrganisationFile.AgencyEntry;
import vn.dossierledger.reference.organisation.OrganisationFile.OfficerEntry;
import vn.dossierledger.reference.organisation.OrganisationFile.UnitEntry;

/**
 * Agencies, units and officers read from a YAML file and validated as a whole when
 * loaded, so a command can never be authorised against a reference that does not exist.
 */
public final class YamlOfficerRegistry implements OfficerRegistry {

	public static final String DEFAULT_LOCATION = "classpath:catalogue/organisation.yaml";

	private final Map<String, Agency> agencies;

	private final Map<String, Unit> units;

	private final Map<String, Officer> officers;

	private YamlOfficerRegistry(List<Agency> agencies, List<Unit> units, List<Officer> officers) {
		this.agencies = agencies.stream().collect(Collectors.toUnmodifiableMap(Agency::id, Function.identity()));
		this.units = units.stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity()));
		this.officers = officers.stream().collect(Collectors.toUnmodifiableMap(Officer::id, Function.identity()));
	}

	/** Loads the organisation shipped with the application. */
	public static YamlOfficerRegistry loadDefault() {
		return load(DEFAULT_LOCATION);
	}

	/**
	 * Loads an organisation from a Spring resource location such as "classpath:…" or
	 * "file:…".
	 */
	public static YamlOfficerRegistry load(String location) {
		return load(new DefaultResourceLoader().getResource(location));
	}

	public static YamlOfficerRegistry load(Resource resource) {
		OrganisationFile file = read(resource);
		List<String> problems = new ArrayList<>();
		List<Agency> agencies = new ArrayList<>();
		List<Unit> units = new ArrayList<>();
		List<Officer> officers = new ArrayList<>();
		for (AgencyEntry agencyEntry : OrganisationFile.listOrEmpty(file.agencies())) {
			String agencyLabel = "agency " + agencyEntry.id();
			if (present(problems, agencyLabel, "id", agencyEntry.id())
					& present(problems, agencyLabel, "code", agencyEntry.code())
					& present(problems, agencyLabel, "name", agencyEntry.name())
					& present(problems, agencyLabel, "level", agencyEntry.level())
					& present(problems, agencyLabel, "receptionUnitId", agencyEntry.receptionUnitId())) {
				agencies.add(new Agency(agencyEntry.id(), agencyEntry.code(), agencyEntry.name(), agencyEntry.level(),
						agencyEntry.receptionUnitId()));
			}
			for (UnitEntry unitEntry : OrganisationFile.listOrEmpty(agencyEntry.units())) {
				String unitLabel = "unit " + unitEntry.id() + " of " + agencyLabel;
				if (present(problems, unitLabel, "id", unitEntry.id())
						& present(problems, unitLabel, "name", unitEntry.name())) {
					units.add(new Unit(unitEntry.id(), agencyEntry.id(), unitEntry.name()));
				}
				for (OfficerEntry officerEntry : OrganisationFile.listOrEmpty(unitEntry.officers())) {
					String officerLabel = "officer " + officerEntry.id() + " of " + unitLabel;
					if (present(problems, officerLabel, "id", officerEntry.id())
							& present(problems, officerLabel, "displayName", officerEntry.displayName())
							&& hasOfficerRoles(problems, officerLabel, officerEntry.roles())) {
						officers.add(new Officer(officerEntry.id(), officerEntry.displayName(), unitEntry.id(),
								officerEntry.roles()));
					}
				}
			}
		}
		if (agencies.isEmpty()) {
			problems.add("the file lists no agencies");
		}
		checkUnique(problems, "agency id", agencies.stream().map(Agency::id));
		checkUnique(problems, "agency code", agencies.stream().map(Agency::code));
		checkUnique(problems, "unit id", units.stream().map(Unit::id));
		checkUnique(problems, "officer id", officers.stream().map(Officer::id));
		checkReceptionDesks(problems, agencies, units, officers);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Organisation " + resource.getDescription() + " is invalid:\n - " + String.join("\n - ", problems));
		}
		return new YamlOfficerRegistry(agencies, units, officers);
	}

	private static OrganisationFile read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			OrganisationFile file = new YAMLMapper().readValue(in, OrganisationFile.class);
			if (file == null) {
				throw new IllegalStateException("Organisation " + resource.getDescription() + " is empty");
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Cannot read organisation " + resource.getDescription() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Records a problem when a required field is missing; not short-circuited so all are
	 * named.
	 */
	private static boolean present(List<String> problems, String label, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			problems.add(label + ": " + field + " is missing");
			return false;
		}
		return true;
	}

	private static boolean hasOfficerRoles(List<String> problems, String label, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			problems.add(label + ": needs at least one role");
			return false;
		}
		if (!roles.stream().allMatch(Role::isOfficer)) {
			problems.add(label + ": only officer roles can be held, got " + roles);
			return false;
		}
		return true;
	}

	private static void checkUnique(List<String> problems, String what, Stream<String> values) {
		Set<String> seen = new HashSet<>();
		values.filter((value) -> !seen.add(value))
			.distinct()
			.forEach((value) -> problems.add(what + " " + value + " is used more than once"));
	}

	/**
	 * Every agency must have a desk that exists and is staffed to receive (DOMAIN 1.1).
	 */
	private static void checkReceptionDesks(List<String> problems, List<Agency> agencies, List<Unit> units,
			List<Officer> officers) {
		Set<String> unitIds = new HashSet<>(units.stream().map(Unit::id).toList());
		for (Agency agency : agencies) {
			if (!unitIds.contains(agency.receptionUnitId())) {
				problems
					.add("agency " + agency.id() + ": reception unit " + agency.receptionUnitId() + " does not exist");
			}
			else if (officers.stream()
				.noneMatch((officer) -> officer.unitId().equals(agency.receptionUnitId())
						&& officer.holds(Role.RECEIVING_OFFICER))) {
				problems.add("agency " + agency.id() + ": reception unit " + agency.receptionUnitId()
						+ " has no receiving officer");
			}
		}
	}

	@Override
	public Optional<Officer> officer(String id) {
		return Optional.ofNullable(this.officers.get(id));
	}

	@Override
	public Optional<Unit> unit(String id) {
		return Optional.ofNullable(this.units.get(id));
	}

	@Override
	public Optional<Agency> agency(String id) {
		return Optional.ofNullable(this.agencies.get(id));
	}

	@Override
	public Optional<Agency> agencyOfUnit(String unitId) {
		return unit(unitId).flatMap((unit) -> agency(unit.agencyId()));
	}

	@Override
	public List<Officer> officersOf(String unitId) {
		return this.officers.values()
			.stream()
			.filter((officer) -> officer.unitId().equals(unitId))
			.sorted(Comparator.comparing(Officer::id))
			.toList();
	}

	@Override
	public List<Officer> officersWithRole(String agencyId, Role role) {
		Optional<Agency> agency = agency(agencyId);
		if (agency.isEmpty()) {
			return List.of();
		}
		String deskId = agency.get().receptionUnitId();
		return this.officers.values()
			.stream()
			.filter((officer) -> officer.holds(role))
			.filter((officer) -> officer.unitId().equals(deskId)
					|| agencyOfUnit(officer.unitId()).map(Agency::id).filter(agencyId::equals).isPresent())
			.sorted(Comparator.comparing(Officer::id))
			.toList();
	}

	@Override
	public List<Agency> agencies() {
		return this.agencies.values().stream().sorted(Comparator.comparing(Agency::id)).toList();
	}

}
