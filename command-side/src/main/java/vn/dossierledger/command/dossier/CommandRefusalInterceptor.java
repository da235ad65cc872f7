package vn.dossierledger.command.dossier;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Turns a {@link DossierRuleViolation} into a {@link CommandExecutionException} carrying
 * {@link RuleViolationDetails}: exceptions do not cross a distributed command bus,
 * details do.
 */
public class RuleViolationInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		try {
			return interceptorChain.proceed();
		}
		catch (DossierRuleViolation violation) {
			throw new CommandExecutionException(violation.getMessage(), violation, violation.details());
		}
	}

}
