package vn.dossierledger.command.dossier;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every refusal leaves the handler as a command failure with serializable details, the
 * only part of it that crosses Axon Server.
 */
class CommandRefusalInterceptorTest {

	private final CommandRefusalInterceptor interceptor = new CommandRefusalInterceptor();

	@Test
	void anUnknownDossierCarriesItsIdentifier() {
		CommandExecutionException failure = refusal(new AggregateNotFoundException("d-1", "not found"));

		assertThat(failure.getDetails()).contains(new DossierNotFoundDetails("d-1"));
	}

	@Test
	void aStaleVersionCarriesBothVersions() {
		CommandExecutionException failure = refusal(new ConflictingAggregateVersionException("d-1", 2, 5));

		assertThat(failure.getDetails()).contains(new StaleVersionDetails("d-1", 2, 5));
	}

	@Test
	void aBrokenRuleCarriesTheRuleAndTheStatus() {
		CommandExecutionException failure = refusal(
				new DossierRuleViolation(DossierRule.HOLDER_ONLY, DossierStatus.RECEIVED, "Not the holder"));

		assertThat(failure.getDetails())
			.contains(new RuleViolationDetails("HOLDER_ONLY", "FORBIDDEN", "RECEIVED", "Not the holder"));
	}

	@Test
	void anAcceptedCommandPassesItsResultThrough() throws Exception {
		assertThat(this.interceptor.handle(unitOfWork(), () -> "done")).isEqualTo("done");
	}

	private CommandExecutionException refusal(RuntimeException thrownByTheHandler) {
		InterceptorChain handler = () -> {
			throw thrownByTheHandler;
		};
		CommandExecutionException failure = catchThrowableOfType(CommandExecutionException.class,
				() -> this.interceptor.handle(unitOfWork(), handler));
		assertThat(failure).hasCause(thrownByTheHandler);
		return failure;
	}

	private static DefaultUnitOfWork<CommandMessage<?>> unitOfWork() {
		return new DefaultUnitOfWork<>(GenericCommandMessage.asCommandMessage("a command"));
	}

}
