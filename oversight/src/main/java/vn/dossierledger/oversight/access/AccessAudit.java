package vn.dossierledger.oversight.access;

import java.time.Instant;
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
import org.springframework.web.servlet.HandlerInterceptor;

import vn.dossierledger.events.access.DossierReadRecordedEvent;
import vn.dossierledger.identity.Caller;
import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.web.InvalidParameterException;

/**
 * Records every read of a dossier's personal data or case history by an official before
 * it is answered: a read that cannot be recorded is not served. Inspectors state a
 * purpose ({@code ?purpose=}); officers may. Citizens reading their own dossiers and
 * anonymous status lookups (no personal data) are not officials' reads.
 */
class AccessAudit implements HandlerInterceptor {

	static final String PURPOSE = "purpose";

	private final EventStore eventStore;

	private final TransactionManager transactions;

	private final OfficerRegistry organisation;

	private final int purposeMaxLength;

	AccessAudit(EventStore eventStore, TransactionManager transactions, OfficerRegistry organisation,
			int purposeMaxLength) {
		this.eventStore = eventStore;
		this.transactions = transactions;
		this.organisation = organisation;
		this.purposeMaxLength = purposeMaxLength;
	}

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
		String purpose = purposeOf(request, caller);
		String dossierId = (read.get().dossierId() != null) ? read.get().dossierId()
				: request.getParameter("dossierId");
		record(new DossierReadRecordedEvent(UUID.randomUUID().toString(), dossierId, caller.id(),
				caller.roles().stream().map(Role::name).sorted().toList(),
				this.organisation.officer(caller.id()).map(Officer::unitId).orElse(null), read.get().view(), purpose,
				GenericEventMessage.clock.instant()));
		return true;
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
		Instant at = read.readAt();
		GenericDomainEventMessage<DossierReadRecordedEvent> message = new GenericDomainEventMessage<>(
				DossierReadRecordedEvent.AGGREGATE_TYPE, read.readId(), 0, new GenericMessage<>(read), at);
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

}
