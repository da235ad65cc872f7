package vn.dossierledger.identity;

import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One row of {@link AccessPolicy}: who may make requests of this method to these paths.
 * The security filter chain enforces the rows and the API description documents them, so
 * that both say the same.
 *
 * @param method the request method; {@code null} for any
 * @param paths path patterns, as Spring Security's request matchers read them
 * @param who who may make the requests
 * @param description the rule in a line, for those who read the API description
 */
public record AccessRule(HttpMethod method, List<String> paths, Who who, String description) {

	public AccessRule {
		paths = List.copyOf(paths);
		Objects.requireNonNull(who, "who");
		Objects.requireNonNull(description, "description");
	}

	/**
	 * Whether requests of this method to this path are this rule's, matched as the
	 * security filter chain matches them (Spring's path patterns). The path may be a path
	 * template of the API description: each {@code {variable}} then stands for one
	 * segment.
	 */
	public boolean covers(HttpMethod requestMethod, String path) {
		if (this.method != null && !this.method.equals(requestMethod)) {
			return false;
		}
		PathContainer requested = PathContainer.parsePath(path);
		return this.paths.stream()
			.anyMatch((pattern) -> PathPatternParser.defaultInstance.parse(pattern).matches(requested));
	}

}
