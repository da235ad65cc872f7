package vn.dossierledger.command.dossier;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * Turns the refusals of a dossier command — a broken rule, an unknown dossier, a stale
 * expected version — into a {@link CommandExecutionException} carrying serializable
 * details ({@link RuleViolationDetails}, {@link DossierNotFoundDetails},
 * {@link StaleVersionDetails}): exceptions do not cross a distributed command bus (Axon
 * Server hands the caller a remote exception with the class names only), details do. So
 * the REST layer reads every refusal one way, whichever bus carried the command.
 */
public class CommandRefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		try {
			return interceptorChain.proceed();
		}
		catch (DossierRuleViolation violation) {
			throw new CommandExecutionException(violation.getMessage(), violation, violation.details());
		}
		catch (AggregateNotFoundException notFound) {
			throw new CommandExecutionException(notFound.getMessage(), notFound,
					new DossierNotFoundDetails(String.valueOf(notFound.getAggregateIdentifier())));
		}
		catch (ConflictingAggregateVersionException stale) {
			throw new CommandExecutionException(stale.getMessage(), stale,
					new StaleVersionDetails(String.valueOf(stale.getAggregateIdentifier()), stale.getExpectedVersion(),
							stale.getActualVersion()));
		}
	}

}
