package vn.dossierledger.projection.redflag;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Ids stored in one column as {@code ,a,b,}: distinct, in first-seen order, and findable
 * with {@code LIKE '%,a,%'}.
 */
final class IdList {

	private IdList() {
	}

	static String join(Collection<String> ids) {
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		ids.stream().filter(Objects::nonNull).filter((id) -> !id.isBlank()).forEach(distinct::add);
		return distinct.isEmpty() ? "," : "," + String.join(",", distinct) + ",";
	}

	static List<String> split(String joined) {
		if (joined == null) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).filter((id) -> !id.isEmpty()).toList();
	}

	static String append(String joined, String id) {
		List<String> ids = new java.util.ArrayList<>(split(joined));
		ids.add(id);
		return join(ids);
	}

}
