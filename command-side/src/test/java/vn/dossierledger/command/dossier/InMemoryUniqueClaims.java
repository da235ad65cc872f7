package vn.dossierledger.command.dossier;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.dossierledger.command.uniqueness.ClaimScope;
import vn.dossierledger.command.uniqueness.UniqueClaims;

/** The set-based lookup of the command side, kept in a map for tests. */
final class InMemoryUniqueClaims implements UniqueClaims {

	private final Map<ClaimScope, Map<String, String>> owners = new EnumMap<>(ClaimScope.class);

	/**
	 * Records that {@code dossierId} holds {@code key}, as the subscribing processor
	 * would.
	 */
	void claim(ClaimScope scope, String key, String dossierId) {
		this.owners.computeIfAbsent(scope, (ignored) -> new HashMap<>()).put(key, dossierId);
	}

	@Override
	public Optional<String> ownerOf(ClaimScope scope, String key) {
		return Optional.ofNullable(this.owners.getOrDefault(scope, Map.of()).get(key));
	}

}
