package vn.dossierledger.command.dossier;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Refuses a dossier command over its field limits ({@link FieldLimitPolicy}) before its
 * handler runs, on the node that handles it: however the command was sent, nothing is
 * stored. The refusal carries {@link InvalidFieldsDetails}, which cross a distributed
 * command bus where exceptions do not.
 */
public class FieldLimitInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		try {
			FieldLimitPolicy.requireWithinLimits(unitOfWork.getMessage().getPayload());
		}
		catch (FieldLimitViolation violation) {
			throw new CommandExecutionException(violation.getMessage(), violation, violation.details());
		}
		return interceptorChain.proceed();
	}

}
