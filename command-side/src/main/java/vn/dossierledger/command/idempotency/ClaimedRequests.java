package vn.dossierledger.command.idempotency;

import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Carries the idempotency claim of the HTTP request being served into the command it
 * sends, as metadata that {@link CommittedRequestMarker} reads.
 */
public final class ClaimedRequests {

	static final String CLAIM_TOKEN = "idempotencyClaim";

	/** The request attribute the filter sets on an attempt that holds its key. */
	static final String CLAIM_ATTRIBUTE = ClaimedRequests.class.getName() + ".claim";

	private ClaimedRequests() {
	}

	/**
	 * The command as it is, or as a message carrying this request's claim when it was
	 * sent with an {@code Idempotency-Key}.
	 */
	public static Object carryingTheClaim(Object command) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object claim = (request != null) ? request.getAttribute(CLAIM_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
				: null;
		return (claim instanceof String claimToken)
				? GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(CLAIM_TOKEN, claimToken))
				: command;
	}

}
