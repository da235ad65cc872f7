package vn.dossierledger.command.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule code is raised by exactly one named policy, so a rule is found by its name:
 * read from the command side's main sources (comments left out), since ArchUnit is not on
 * this module's test classpath.
 */
class DossierRuleHomesTest {

	private static final Pattern RULE_REFERENCE = Pattern.compile("\\bDossierRule\\s*\\.\\s*([A-Z][A-Z0-9_]*)\\b");

	private static final Pattern STATIC_RULE_IMPORT = Pattern.compile("import\\s+static\\s+[\\w.]*\\bDossierRule\\b");

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

	private static final Map<String, String> SOURCES = mainSources();

	@Test
	void everyRuleIsReferencedByExactlyOnePolicy() {
		Map<DossierRule, Set<String>> referencedBy = new EnumMap<>(DossierRule.class);
		for (DossierRule rule : DossierRule.values()) {
			referencedBy.put(rule, new TreeSet<>());
		}
		SOURCES.forEach((file, code) -> {
			Matcher reference = RULE_REFERENCE.matcher(code);
			while (reference.find()) {
				referencedBy.get(DossierRule.valueOf(reference.group(1))).add(file);
			}
		});
		assertThat(referencedBy).allSatisfy((rule, files) -> assertThat(files).as("classes referencing %s", rule)
			.singleElement()
			.matches((file) -> file.endsWith("Policy.java"), "a *Policy class"));
	}

	@Test
	void theAggregateReferencesNoRuleItself() {
		assertThat(SOURCES).containsKey("vn/dossierledger/command/dossier/Dossier.java");
		assertThat(RULE_REFERENCE.matcher(SOURCES.get("vn/dossierledger/command/dossier/Dossier.java")).find())
			.as("Dossier.java names a DossierRule constant")
			.isFalse();
	}

	@Test
	void noClassImportsRuleCodesStatically() {
		assertThat(SOURCES).allSatisfy((file, code) -> assertThat(STATIC_RULE_IMPORT.matcher(code).find())
			.as("%s imports DossierRule statically, out of sight of this test", file)
			.isFalse());
	}

	/** Main sources by path relative to {@code src/main/java}, comments removed. */
	private static Map<String, String> mainSources() {
		Path root = moduleDirectory().resolve("src/main/java");
		Map<String, String> sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
				String relative = root.relativize(file).toString().replace('\\', '/');
				sources.put(relative, COMMENT.matcher(read(file)).replaceAll(" "));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sources;
	}

	/**
	 * The module's directory: the parent of the {@code target/classes} Dossier came from.
	 */
	private static Path moduleDirectory() {
		try {
			Path classes = Path.of(Dossier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return classes.getParent().getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
