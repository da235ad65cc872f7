package vn.dossierledger.projection.audit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text without its diacritics, lowercased: "Nguyễn Văn Đức bổ sung" becomes
 * "nguyen van duc bo sung". Done in Java because the embedded Elasticsearch build has no
 * {@code asciifolding} filter; the index keeps a folded copy of the text and a search
 * folds its query the same way.
 */
public final class VietnameseFolding {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private VietnameseFolding() {
	}

	/** The folded text; {@code null} stays {@code null}. */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		// NFD splits "ễ" into "e" + circumflex + tilde; "đ" has no decomposition.
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

}
