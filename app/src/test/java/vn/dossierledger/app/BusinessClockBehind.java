package vn.dossierledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A business clock running behind real time, for the application jar of a crash test: a
 * process started with {@value #PROPERTY} records dossiers as if that long ago, so that
 * their statutory deadlines are due once a process without it runs. Not a
 * {@code @Configuration}, so that no in-JVM test's component scan picks it up: only
 * {@link #extensionDirectory} registers it, as an auto-configuration of the jar.
 */
public class BusinessClockBehind {

	static final String PROPERTY = "test.business-clock.behind";

	@Bean
	@Primary
	@ConditionalOnProperty(PROPERTY)
	Clock businessClockBehind(@Value("${" + PROPERTY + "}") Duration behind) {
		return Clock.offset(Clock.systemUTC(), behind.negated());
	}

	/**
	 * A directory holding this class and the auto-configuration list naming it, for the
	 * jar's classpath.
	 */
	static Path extensionDirectory(Path directory) {
		String classFile = BusinessClockBehind.class.getName().replace('.', '/') + ".class";
		try {
			Path compiled = Path
				.of(BusinessClockBehind.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.resolve(classFile);
			Path copy = directory.resolve(classFile);
			Files.createDirectories(copy.getParent());
			Files.copy(compiled, copy, StandardCopyOption.REPLACE_EXISTING);
			Path imports = directory
				.resolve("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
			Files.createDirectories(imports.getParent());
			Files.writeString(imports, BusinessClockBehind.class.getName() + "\n");
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
