package vn.dossierledger.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * Who may call what, in one table of {@link AccessRule rows}: the security filter chain
 * enforces them ({@link #apply}) and the API description documents them, each operation
 * under the first row that covers it, as the filter chain decides. A role here opens an
 * endpoint; which dossier and which step an officer may act on is the aggregate's to
 * judge (their unit's procedures, their functional role, holding the dossier), and a
 * citizen acts only as themselves ({@link Caller#actingAs}). Anything not listed needs a
 * token ({@link #OTHERWISE}).
 */
public final class AccessPolicy {

	/** What a request that no row covers needs. */
	public static final AccessRule OTHERWISE = new AccessRule(null, List.of("/**"), Who.anyCaller(),
			"Anything not listed: any caller with a token");

	private static final String DOSSIER = "/api/dossiers/{dossierId}";

	private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

	private final OfficerRegistry organisation;

	private final List<AccessRule> rules;

	public AccessPolicy(OfficerRegistry organisation) {
		this.organisation = organisation;
		this.rules = List.of(
				new AccessRule(GET, List.of("/api/status/**"), Who.anyone(),
						"Anyone: the status lookup by dossier code and lookup secret, which shows no personal data"),
				new AccessRule(GET, List.of("/actuator/health", "/actuator/health/**"), Who.anyone(), "Anyone: health"),
				new AccessRule(GET, List.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"),
						Who.anyone(), "Anyone: the API description"),
				new AccessRule(GET,
						List.of("/api/ledger/public-key", "/api/ledger/public-keys", "/api/ledger/seals/**"),
						Who.anyone(), "Anyone: the ledger's signed seals and keys, so that anyone may check them"),
				new AccessRule(null, List.of("/error"), Who.anyone(), "Anyone: the error answer"),
				new AccessRule(POST, List.of("/api/dossiers"), Who.anyOf(Role.CITIZEN, Role.OFFICER),
						"Citizens submit their own dossiers; an officer at the desk submits for a walk-in applicant"),
				new AccessRule(POST,
						List.of(DOSSIER + "/intake-supplements", DOSSIER + "/withdrawal-request", DOSSIER + "/rating"),
						Who.anyOf(Role.CITIZEN),
						"Citizens: the applicant's own steps (supplying the file, asking to withdraw, rating)"),
				new AccessRule(GET, List.of("/api/citizens/{subjectRef}/dossiers"),
						Who.checked("the citizen named in the path themselves", this::theCitizenThemselves,
								Role.CITIZEN),
						"Citizens: their own list of dossiers"),
				new AccessRule(POST, List.of(DOSSIER + "/payments", DOSSIER + "/payment-failures"),
						Who.anyOf(Role.PAYMENT_GATEWAY, Role.OFFICER),
						"Payments: the gateway confirms online payments, an officer takes cash at the desk"),
				new AccessRule(POST, List.of(DOSSIER + "/**"), Who.anyOf(Role.OFFICER),
						"Officers: every other step of a dossier"),
				new AccessRule(POST, List.of("/api/demo/signatures"), Who.anyOf(Role.OFFICER, Role.CITIZEN),
						"The demo certificate authority signs as the caller, officer or applicant"),
				new AccessRule(GET, List.of("/api/units/{unitId}/dossiers"),
						Who.checked("an officer of the unit named in the path, or an inspector",
								this::anOfficerOfTheUnitOrAnInspector, Role.OFFICER, Role.INSPECTOR),
						"Officers: their own unit's desk list; inspectors: any unit's"),
				new AccessRule(GET,
						List.of(DOSSIER + "/history", DOSSIER + "/as-of", DOSSIER + "/diff", DOSSIER + "/audit",
								DOSSIER + "/control-sheet"),
						Who.anyOf(Role.INSPECTOR, Role.OFFICER),
						"Inspectors (stating a purpose) and officers: a dossier's case history; every read is "
								+ "recorded (identity.audit) and repeated reads outside one's unit raise F21"),
				new AccessRule(GET,
						List.of(DOSSIER + "/evidence", "/api/audit/**", "/api/red-flags", "/api/red-flags/**",
								"/api/ledger/events/*/inclusion"),
						Who.anyOf(Role.INSPECTOR),
						"Inspectors: evidence bundles, audit and access-audit search, red flags, proofs"),
				new AccessRule(POST, List.of("/api/ledger/verification"), Who.anyOf(Role.INSPECTOR),
						"Inspectors: recomputing every chain and seal"),
				new AccessRule(GET, List.of("/api/statistics/**"), Who.anyOf(Role.ANALYST, Role.INSPECTOR),
						"Analysts and inspectors: aggregates only"),
				new AccessRule(null, List.of("/api/admin/**", "/actuator/**"), Who.anyOf(Role.ADMIN),
						"Administrators: read models, dead letters, metrics"));
	}

	/** The rows, in the order the filter chain tries them: the first that covers wins. */
	public List<AccessRule> rules() {
		return this.rules;
	}

	/**
	 * The row that decides requests of this method to this path (or path template): the
	 * first that covers it, else {@link #OTHERWISE}.
	 */
	public AccessRule ruleFor(HttpMethod method, String path) {
		return this.rules.stream().filter((rule) -> rule.covers(method, path)).findFirst().orElse(OTHERWISE);
	}

	void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		for (AccessRule rule : this.rules) {
			String[] paths = rule.paths().toArray(String[]::new);
			grant((rule.method() != null) ? requests.requestMatchers(rule.method(), paths)
					: requests.requestMatchers(paths), rule.who());
		}
		grant(requests.anyRequest(), OTHERWISE.who());
	}

	private static void grant(AuthorizeHttpRequestsConfigurer<?>.AuthorizedUrl requests, Who who) {
		if (who instanceof Who.Anyone) {
			requests.permitAll();
		}
		else if (who instanceof Who.AnyCaller) {
			requests.authenticated();
		}
		else if (who instanceof Who.AnyOf anyOf) {
			requests.hasAnyRole(anyOf.roles().stream().map(Role::name).toArray(String[]::new));
		}
		else if (who instanceof Who.Checked checked) {
			requests.access(checked.check());
		}
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
