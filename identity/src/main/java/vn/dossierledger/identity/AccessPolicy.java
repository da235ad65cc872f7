package vn.dossierledger.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * Who may call what, in one table. A role here opens an endpoint; which dossier and which
 * step an officer may act on is the aggregate's to judge (their unit's procedures, their
 * functional role, holding the dossier), and a citizen acts only as themselves
 * ({@link Caller#actingAs}). Anything not listed needs a token.
 */
final class AccessPolicy {

	private static final String DOSSIER = "/api/dossiers/{dossierId}";

	private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

	private final OfficerRegistry organisation;

	AccessPolicy(OfficerRegistry organisation) {
		this.organisation = organisation;
	}

	void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			// Anyone: the status lookup by code and secret (no personal data), health,
			// the API
			// description, and the ledger's seals and keys, which anyone may check.
			.requestMatchers(GET, "/api/status/**", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
					"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/api/ledger/public-key",
					"/api/ledger/public-keys", "/api/ledger/seals/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			// Citizens: their own dossiers; an officer at the desk submits for a walk-in
			// applicant.
			.requestMatchers(POST, "/api/dossiers")
			.hasAnyRole(Role.CITIZEN.name(), Role.OFFICER.name())
			.requestMatchers(POST, DOSSIER + "/intake-supplements", DOSSIER + "/withdrawal-request",
					DOSSIER + "/rating")
			.hasRole(Role.CITIZEN.name())
			.requestMatchers(GET, "/api/citizens/{subjectRef}/dossiers")
			.access(this::theCitizenThemselves)
			// Payments: the gateway confirms online payments, an officer takes cash at
			// the desk.
			.requestMatchers(POST, DOSSIER + "/payments", DOSSIER + "/payment-failures")
			.hasAnyRole(Role.PAYMENT_GATEWAY.name(), Role.OFFICER.name())
			// Officers: every other step of a dossier, and their own unit's list.
			.requestMatchers(POST, DOSSIER + "/**")
			.hasRole(Role.OFFICER.name())
			// The demo certificate authority signs as the caller, officer or applicant.
			.requestMatchers(POST, "/api/demo/signatures")
			.hasAnyRole(Role.OFFICER.name(), Role.CITIZEN.name())
			.requestMatchers(GET, "/api/units/{unitId}/dossiers")
			.access(this::anOfficerOfTheUnitOrAnInspector)
			// A dossier's case history: inspectors, and officers for their work; every
			// read is recorded (identity.audit) and repeated reads outside the reader's
			// unit raise a red flag.
			.requestMatchers(GET, DOSSIER + "/history", DOSSIER + "/as-of", DOSSIER + "/diff", DOSSIER + "/audit",
					DOSSIER + "/control-sheet")
			.hasAnyRole(Role.INSPECTOR.name(), Role.OFFICER.name())
			// Inspectors: evidence bundles, audit search, red flags, proofs.
			.requestMatchers(GET, DOSSIER + "/evidence", "/api/audit/**", "/api/red-flags", "/api/red-flags/**",
					"/api/ledger/events/*/inclusion")
			.hasRole(Role.INSPECTOR.name())
			.requestMatchers(POST, "/api/ledger/verification")
			.hasRole(Role.INSPECTOR.name())
			// Analysts (and inspectors): aggregates only.
			.requestMatchers(GET, "/api/statistics/**")
			.hasAnyRole(Role.ANALYST.name(), Role.INSPECTOR.name())
			// Administrators: read models, dead letters, metrics.
			.requestMatchers("/api/admin/**", "/actuator/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated();
	}

	private AuthorizationResult theCitizenThemselves(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext request) {
		return caller(authentication)
			.map((caller) -> caller.is(Role.CITIZEN) && caller.id().equals(request.getVariables().get("subjectRef")))
			.map(AuthorizationDecision::new)
			.orElse(DENIED);
	}

	private AuthorizationResult anOfficerOfTheUnitOrAnInspector(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext request) {
		String unitId = request.getVariables().get("unitId");
		return caller(authentication)
			.map((caller) -> caller.is(Role.INSPECTOR) || (caller.is(Role.OFFICER)
					&& this.organisation.officer(caller.id()).map(Officer::unitId).filter(unitId::equals).isPresent()))
			.map(AuthorizationDecision::new)
			.orElse(DENIED);
	}

	private static Optional<Caller> caller(Supplier<? extends Authentication> authentication) {
		Authentication current = authentication.get();
		if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(Caller.of(current));
	}

}
