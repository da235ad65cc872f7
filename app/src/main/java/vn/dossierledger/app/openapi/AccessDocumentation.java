package vn.dossierledger.app.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import vn.dossierledger.identity.AccessPolicy;
import vn.dossierledger.identity.AccessRule;
import vn.dossierledger.identity.Role;
import vn.dossierledger.identity.Who;

/**
 * Who may call an operation, read from the row of {@link AccessPolicy} that the security
 * filter chain applies to it: the security requirement ({@code security: []} when anyone
 * may), the row in words at the end of the description and as {@value #EXTENSION}, and
 * the 401 and 403 answers of a secured operation.
 */
final class AccessDocumentation {

	/**
	 * The operation's row as data: who ({@code anyone}, {@code any-caller}, roles), the
	 * rule.
	 */
	static final String EXTENSION = "x-access";

	private final AccessPolicy policy;

	AccessDocumentation(AccessPolicy policy) {
		this.policy = policy;
	}

	/**
	 * @param tokens the requirements of a secured operation: any one of the API's
	 * security schemes
	 */
	void document(String path, HttpMethod method, Operation operation, List<SecurityRequirement> tokens) {
		AccessRule rule = this.policy.ruleFor(method, path);
		Who who = rule.who();
		operation.addExtension(EXTENSION, extension(rule));
		String whoMayCall = "**Who may call:** " + inWords(who) + ". " + rule.description() + ".";
		operation.setDescription(
				(operation.getDescription() == null) ? whoMayCall : operation.getDescription() + "\n\n" + whoMayCall);
		if (who instanceof Who.Anyone) {
			operation.setSecurity(List.of());
			return;
		}
		operation.setSecurity(tokens);
		ProblemAnswers
			.add(operation, "401",
					"Not authenticated (`unauthenticated`): no bearer token, or one that is expired, forged or from an "
							+ "untrusted issuer")
			.addHeaderObject("WWW-Authenticate",
					new Header().description("`Bearer`, with the error if a token was sent")
						.schema(new StringSchema()));
		ProblemAnswers.add(operation, "403", forbidden(who, operation));
	}

	private static String forbidden(Who who, Operation operation) {
		String refusal = (who instanceof Who.Checked checked)
				? "Not allowed (`forbidden`): only " + checked.condition() + " may call this"
				: "Not allowed (`forbidden`): the token's roles do not allow this";
		// The actor comes from the token: a body that names someone else is refused.
		return (operation.getRequestBody() != null)
				? refusal + "; or `not-the-caller`: the body names someone other than the caller as the actor"
				: refusal;
	}

	private static String inWords(Who who) {
		if (who instanceof Who.Anyone) {
			return "anyone, without a token";
		}
		if (who instanceof Who.AnyCaller) {
			return "any caller with a token";
		}
		String roles = "a token with the role " + String.join(" or ", who.roles().stream().map(Role::name).toList());
		return (who instanceof Who.Checked checked) ? roles + ", of a caller who is " + checked.condition() : roles;
	}

	private static Map<String, Object> extension(AccessRule rule) {
		Map<String, Object> access = new LinkedHashMap<>();
		Who who = rule.who();
		access.put("who",
				(who instanceof Who.Anyone) ? "anyone" : (who instanceof Who.AnyCaller) ? "any-caller" : "roles");
		if (!who.roles().isEmpty()) {
			access.put("roles", who.roles().stream().map(Role::name).toList());
		}
		if (who instanceof Who.Checked checked) {
			access.put("condition", checked.condition());
		}
		access.put("rule", rule.description());
		return access;
	}

}
