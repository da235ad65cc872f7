package vn.dossierledger.app.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ElasticsearchLauncherTest {

	@TempDir
	Path directory;

	@Test
	void reportsUnavailableAndLogsWhyWhenTheDistributionIsMissing(CapturedOutput output) {
		ElasticsearchLauncher launcher = new ElasticsearchLauncher(new ElasticsearchLauncher.Settings(
				this.directory.resolve("no-such-distribution"), this.directory.resolve("no-such.zip"),
				this.directory.resolve("instance"), 0, "512m", Duration.ofSeconds(5)));

		assertThat(launcher.start()).isEmpty();
		assertThat(output).contains("Elasticsearch is unavailable").contains("no-such-distribution");
		launcher.close();
	}

	@Test
	void knowsItsUrlBeforeStarting() {
		ElasticsearchLauncher launcher = new ElasticsearchLauncher(
				new ElasticsearchLauncher.Settings(this.directory.resolve("distribution"), null,
						this.directory.resolve("instance"), 9299, "512m", Duration.ofSeconds(5)));

		assertThat(launcher.url()).hasToString("http://127.0.0.1:9299");
	}

}
