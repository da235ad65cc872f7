package vn.dossierledger.app.consistency;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The consistency check from the command line: the application starts, runs one check,
 * prints its report as JSON and exits — 0 when consistent, 1 when it found differences, 2
 * when it saw nothing or could not finish. <pre>
 * java -jar app.jar --spring.profiles.active=postgres,projections --server.port=0 \
 *   --dossier-ledger.consistency-check.run=true
 * </pre>
 */
@Component
@ConditionalOnProperty(name = ConsistencyCheckCommandLine.RUN_PROPERTY, havingValue = "true")
class ConsistencyCheckCommandLine implements ApplicationRunner {

	static final String RUN_PROPERTY = "dossier-ledger.consistency-check.run";

	private final ConsistencyChecker checker;

	private final JsonMapper json;

	private final ConfigurableApplicationContext context;

	ConsistencyCheckCommandLine(ConsistencyChecker checker, JsonMapper json, ConfigurableApplicationContext context) {
		this.checker = checker;
		this.json = json;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		ConsistencyReport report = this.checker.runNow("command line");
		System.out.println(this.json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
		int exitCode = switch (report.state()) {
			case "CONSISTENT" -> 0;
			case "DIFFERENT" -> 1;
			default -> 2;
		};
		ExitCodeGenerator code = () -> exitCode;
		System.exit(SpringApplication.exit(this.context, code));
	}

}
