package vn.dossierledger.projection.redflag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where rules raise and close flags. A flag's id is a hash of rule, dossier and evidence
 * key, so raising it again (a redelivery, a replay, a later event) updates the same row;
 * officers and evidence of a repeated raise are merged with those already recorded.
 */
final class FlagBook {

	private final RedFlagStore store;

	FlagBook(RedFlagStore store) {
		this.store = store;
	}

	static String flagId(FlagRule rule, String dossierId, String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((rule.id() + "|" + dossierId + "|" + key).getBytes(StandardCharsets.UTF_8));
			return rule.id() + "-" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Raises the flag, or refreshes it if raised before; a closed flag stays closed. */
	RedFlag raise(FlagRule rule, DossierFacts dossier, Raise raise) {
		String id = flagId(rule, dossier.dossierId(), raise.key());
		Optional<RedFlag> existing = this.store.flags(dossier.dossierId())
			.stream()
			.filter((flag) -> flag.flagId().equals(id))
			.findFirst();
		if (existing.isEmpty()) {
			RedFlag flag = new RedFlag(id, rule, dossier, raise);
			this.store.save(flag);
			return flag;
		}
		RedFlag flag = existing.get();
		if (!flag.open()) {
			return flag;
		}
		Raise merged = new Raise(raise.key(), union(flag.officerIds(), raise.officerIds()), raise.unitId(),
				union(flag.evidenceEventIds(), raise.evidenceEventIds()), raise.score(), flag.raisedAt(),
				raise.description());
		if (flag.update(merged)) {
			this.store.save(flag);
		}
		return flag;
	}

	/** Closes every open flag of the rule on the dossier: its condition was cured. */
	void close(FlagRule rule, DossierFacts dossier, Instant at, String reason) {
		List<RedFlag> open = this.store.flags(dossier.dossierId())
			.stream()
			.filter((flag) -> flag.open() && flag.ruleId().equals(rule.id()))
			.toList();
		for (RedFlag flag : open) {
			if (flag.close(at, reason)) {
				this.store.save(flag);
			}
		}
	}

	private static List<String> union(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		second.stream().filter((id) -> !all.contains(id)).forEach(all::add);
		return all;
	}

}
