package vn.dossierledger.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * Reads the caller from a validated token: the id from the person claim, the roles from
 * the roles claim. An officer role counts only for an officer the organisation knows: a
 * token cannot make someone an officer the agencies never appointed.
 */
public class TokenCallers implements Converter<Jwt, AbstractAuthenticationToken> {

	private final String rolesClaim;

	private final String personClaim;

	private final OfficerRegistry organisation;

	public TokenCallers(IdentityProperties properties, OfficerRegistry organisation) {
		this.rolesClaim = properties.rolesClaim();
		this.personClaim = properties.personClaim();
		this.organisation = organisation;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt token) {
		String id = token.getClaimAsString(this.personClaim);
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (id != null && !id.isBlank()) {
			for (String value : claimValues(token.getClaims(), this.rolesClaim)) {
				Role.ofClaimValue(value)
					.filter((role) -> role != Role.OFFICER || this.organisation.officer(id).isPresent())
					.map((role) -> new SimpleGrantedAuthority(role.authority()))
					.filter((authority) -> !authorities.contains(authority))
					.ifPresent(authorities::add);
			}
		}
		return new JwtAuthenticationToken(token, authorities, (id != null) ? id : token.getSubject());
	}

	/** The strings at a dotted path into the claims: a list of them, or one. */
	static List<String> claimValues(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String key : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(key);
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return Optional.ofNullable(value).map((one) -> List.of(String.valueOf(one))).orElse(List.of());
	}

}
