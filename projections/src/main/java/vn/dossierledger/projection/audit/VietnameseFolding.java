package vn.dossierledger.projection.audit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text without its diacritics, lowercased: "Nguyễn Văn Đức bổ sung" becomes
 * "nguyen van duc bo sung". Done in Java because the embedded Elasticsearch build has no
 * {@code asciifolding} filter; the index keeps a folded copy of the text and a search
 * folds its query the same way.
 * <p>
 * The rule is Unicode's: decompose (NFD), drop the combining marks, {@code đ → d},
 * lowercase. Every audit document folds its text, so text made only of Latin letters (all
 * of Vietnamese), digits, punctuation and combining marks is folded character by
 * character from a table computed with that rule; other text takes the rule itself.
 */
public final class VietnameseFolding {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	/** Basic Latin to Latin Extended-B, and the combining diacritical marks. */
	private static final int TABLE_END = 0x0370;

	/** Latin Extended Additional: the Vietnamese precomposed vowels with tone marks. */
	private static final int EXTENDED_ADDITIONAL_START = 0x1E00;

	private static final int EXTENDED_ADDITIONAL_END = 0x1F00;

	/** In the table: a character that folds to nothing (a combining mark). */
	private static final char DROPPED = '\uFFFF';

	/** In the table: a character the table cannot fold alone. */
	private static final char BY_RULE = '\uFFFE';

	private static final char[] LATIN = table(0, TABLE_END);

	private static final char[] EXTENDED_ADDITIONAL = table(EXTENDED_ADDITIONAL_START, EXTENDED_ADDITIONAL_END);

	private VietnameseFolding() {
	}

	/** The folded text; {@code null} stays {@code null}. */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char folding = tabled(text.charAt(i));
			if (folding == BY_RULE) {
				return byRule(text);
			}
			if (folding != DROPPED) {
				folded.append(folding);
			}
		}
		return folded.toString();
	}

	private static char tabled(char c) {
		if (c < TABLE_END) {
			return LATIN[c];
		}
		if (c >= EXTENDED_ADDITIONAL_START && c < EXTENDED_ADDITIONAL_END) {
			return EXTENDED_ADDITIONAL[c - EXTENDED_ADDITIONAL_START];
		}
		return BY_RULE;
	}

	static String byRule(String text) {
		// NFD splits "ễ" into "e" + circumflex + tilde; "đ" has no decomposition.
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	private static char[] table(int start, int end) {
		char[] table = new char[end - start];
		for (int c = start; c < end; c++) {
			String folded = byRule(String.valueOf((char) c));
			table[c - start] = switch (folded.length()) {
				case 0 -> DROPPED;
				case 1 -> (folded.charAt(0) == DROPPED || folded.charAt(0) == BY_RULE) ? BY_RULE : folded.charAt(0);
				default -> BY_RULE;
			};
		}
		return table;
	}

}
