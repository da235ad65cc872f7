package vn.dossierledger.command.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import vn.dossierledger.command.dossier.DossierCommandResult;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;

/**
 * Marks a command sent with an {@code Idempotency-Key} committed in the transaction that
 * stores its events, so that after a crash the key tells whether the command took effect.
 * An attempt whose key a retry has taken over fails and stores nothing.
 */
final class CommittedRequestMarker implements MessageHandlerInterceptor<CommandMessage<?>> {

	private final IdempotentRequests requests;

	CommittedRequestMarker(IdempotentRequests requests) {
		this.requests = requests;
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		CommandMessage<?> command = unitOfWork.getMessage();
		Object claim = command.getMetaData().get(ClaimedRequests.CLAIM_TOKEN);
		Object result = interceptorChain.proceed();
		if (claim instanceof String claimToken && result instanceof DossierCommandResult committed) {
			String dossierCode = (command.getPayload() instanceof SubmitDossierCommand submission)
					? submission.dossierCode() : null;
			if (!this.requests.markCommitted(claimToken, committed.dossierId(), dossierCode, committed.version(),
					committed.status().name())) {
				throw new IdempotencyClaimLostException();
			}
		}
		return result;
	}

	/** A retry took the key over while this attempt ran: this attempt must not count. */
	static final class IdempotencyClaimLostException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		IdempotencyClaimLostException() {
			super("A retry with the same Idempotency-Key took over this attempt; it stored nothing");
		}

	}

}
