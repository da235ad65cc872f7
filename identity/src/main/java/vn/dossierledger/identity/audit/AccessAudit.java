package vn.dossierledger.identity.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import vn.dossierledger.events.access.DossierReadRecordedEvent;
import vn.dossierledger.identity.Caller;
import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.web.InvalidParameterException;

/**
 * Records every read of a dossier's personal data or case history by an official, once
 * the answer is ready and before it is written: a read that cannot be recorded is not
 * served, and a refused request (a missing purpose, a bad parameter, an unknown dossier)
 * records nothing. Inspectors state a purpose ({@code ?purpose=}); officers may. Citizens
 * reading their own dossiers and anonymous status lookups (no personal data) are not
 * officials' reads.
 */
@ControllerAdvice
@ConditionalOnBooleanProperty(name = "dossier-ledger.access-audit.enabled", matchIfMissing = true)
class AccessAudit implements HandlerInterceptor, ResponseBodyAdvice<Object> {

	static final String PURPOSE = "purpose";

	private static final String PENDING_READ = AccessAudit.class.getName() + ".pendingRead";

	private final EventStore eventStore;

	private final TransactionManager transactions;

	private final OfficerRegistry organisation;

	private final int purposeMaxLength;

	AccessAudit(EventStore eventStore, TransactionManager transactions, OfficerRegistry organisation,
			AccessAuditProperties properties) {
		this.eventStore = eventStore;
		this.transactions = transactions;
		this.organisation = organisation;
		this.purposeMaxLength = properties.purposeMaxLength();
	}

	/**
	 * Refuses an inspector's read without a purpose before anything is read; a page asks
	 * for it instead, and reads nothing until it is given.
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		Optional<AuditedRead.Match> read = AuditedRead.match(request.getRequestURI());
		Optional<Caller> official = official();
		if (read.isEmpty() || official.isEmpty()) {
			return true;
		}
		Caller caller = official.get();
		if (read.get().page() && Optional.ofNullable(request.getParameter(PURPOSE)).orElse("").isBlank()) {
			return true;
		}
		String purpose = purposeOf(request, caller);
		String dossierId = (read.get().dossierId() != null) ? read.get().dossierId()
				: request.getParameter("dossierId");
		request.setAttribute(PENDING_READ, new PendingRead(dossierId, caller,
				this.organisation.officer(caller.id()).map(Officer::unitId).orElse(null), read.get().view(), purpose));
		return true;
	}

	/**
	 * Records a page's read once its page is ready to be rendered, not when it failed.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null && response.getStatus() < 300) {
			recordPending(request);
		}
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	/** Records the read when what is about to be written is the answer, not a refusal. */
	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servletRequest && !(body instanceof ProblemDetail)
				&& servedSuccessfully(response)) {
			recordPending(servletRequest.getServletRequest());
		}
		return body;
	}

	private void recordPending(HttpServletRequest request) {
		if (request.getAttribute(PENDING_READ) instanceof PendingRead read) {
			request.removeAttribute(PENDING_READ);
			record(new DossierReadRecordedEvent(UUID.randomUUID().toString(), read.dossierId(), read.caller().id(),
					read.caller().roles().stream().map(Role::name).sorted().toList(), read.readerUnitId(), read.view(),
					read.purpose(), GenericEventMessage.clock.instant()));
		}
	}

	private static boolean servedSuccessfully(ServerHttpResponse response) {
		return !(response instanceof ServletServerHttpResponse servletResponse)
				|| servletResponse.getServletResponse().getStatus() < 300;
	}

	private String purposeOf(HttpServletRequest request, Caller caller) {
		String purpose = Optional.ofNullable(request.getParameter(PURPOSE)).map(String::strip).orElse("");
		if (purpose.isEmpty() && caller.is(Role.INSPECTOR)) {
			throw new InvalidParameterException(PURPOSE,
					"An inspector states the purpose of reading a dossier (?purpose=…); the read is recorded with it");
		}
		if (purpose.length() > this.purposeMaxLength) {
			throw new InvalidParameterException(PURPOSE,
					"The purpose is longer than " + this.purposeMaxLength + " characters");
		}
		return purpose.isEmpty() ? null : purpose;
	}

	private void record(DossierReadRecordedEvent read) {
		GenericDomainEventMessage<DossierReadRecordedEvent> message = new GenericDomainEventMessage<>(
				DossierReadRecordedEvent.AGGREGATE_TYPE, read.readId(), 0, new GenericMessage<>(read), read.readAt());
		UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
		unitOfWork.attachTransaction(this.transactions);
		unitOfWork.execute(() -> this.eventStore.publish(message));
		if (unitOfWork.getExecutionResult().isExceptionResult()) {
			throw new IllegalStateException("The read could not be recorded, so it is not served",
					unitOfWork.getExecutionResult().getExceptionResult());
		}
	}

	private static Optional<Caller> official() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Caller caller = Caller.of(authentication);
		boolean official = List.of(Role.OFFICER, Role.INSPECTOR, Role.ANALYST, Role.ADMIN)
			.stream()
			.anyMatch(caller::is);
		return official ? Optional.of(caller) : Optional.empty();
	}

	/** An official's read that passed its checks, recorded once its answer is ready. */
	private record PendingRead(String dossierId, Caller caller, String readerUnitId, String view, String purpose) {

	}

}
