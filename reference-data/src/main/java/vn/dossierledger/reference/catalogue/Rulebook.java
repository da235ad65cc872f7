package vn.dossierledger.reference.catalogue;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rules DOMAIN.md marks [MEM] or [PROP]: unverified or proposed, so they are data of
 * a procedure version rather than code. A dossier keeps the rulebook of the procedure
 * version it was received under.
 *
 * @param maxIntakeSupplementRequests supplement requests allowed at the one-stop desk
 * (R1)
 * @param maxProcessingSupplementRequests supplement requests allowed during appraisal
 * without an override (R3)
 * @param maxSupplementRequestsWithOverride the ceiling per stage even with an override
 * reason (R2: applicants may not be made to come back more than twice)
 * @param maxApologies apologies with a new appointment date allowed (R5)
 * @param pauseClockForPayment whether waiting for a financial obligation stops the clock
 * @param apologyWindowWorkingHours how long before the due date an apology may be issued
 * @param minReasonLength shortest acceptable free-text reason, in characters (red flag
 * F2)
 * @param reasonPattern what a reason must contain to be one, a regular expression found
 * in it (by default a word)
 * @param minLegalBasisLength shortest acceptable legal basis, in characters
 * @param legalBasisPattern what a legal basis must contain to cite one, a regular
 * expression found in it (by default a legal document by kind and number or year, an
 * article, or a document number such as 118/2025/NĐ-CP)
 * @param requireSeparationOfReceiverAndApprover whether the receiving officer may not
 * also approve the same dossier (red flag F14)
 * @param holdingLimitFactor k of red flag F6: an officer still holding a transferred
 * dossier after k × the step's allotted working time has held it too long, and the
 * statutory clock records it (DOMAIN §5.2 proposes k = 2)
 */
public record Rulebook(int maxIntakeSupplementRequests, int maxProcessingSupplementRequests,
		int maxSupplementRequestsWithOverride, int maxApologies, boolean pauseClockForPayment,
		int apologyWindowWorkingHours, int minReasonLength, String reasonPattern, int minLegalBasisLength,
		String legalBasisPattern, boolean requireSeparationOfReceiverAndApprover, double holdingLimitFactor) {

	/** A word of two letters or more, in any script. */
	public static final String A_WORD = "\\p{L}{2,}";

	/**
	 * "Luật Hộ tịch 2014", "Nghị định 118/2025/NĐ-CP", "Điều 13", "Khoản 2 Điều 20 …",
	 * "03/2025/TT-VPCP": a kind of legal document followed by a number or year, an
	 * article, or a document number.
	 */
	public static final String A_CITATION = "(?iU)\\b(hiến pháp|bộ luật|luật|pháp lệnh|nghị quyết|nghị định"
			+ "|quyết định|thông tư|chỉ thị|công văn)\\b.*\\d|\\bđiều\\s+\\d+|\\d+/\\d{4}/[\\p{L}\\d]+(-[\\p{L}\\d]+)*";

	/** Used where the catalogue file sets no defaults of its own. */
	public static final Rulebook DEFAULTS = new Rulebook(1, 1, 2, 1, false, 16, 10, A_WORD, 6, A_CITATION, true, 2);

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	/** Long enough, and with what {@link #reasonPattern()} asks for. */
	public boolean isWrittenReason(String text) {
		return hasForm(text, this.minReasonLength, this.reasonPattern);
	}

	/**
	 * With what {@link #reasonPattern()} asks for (by default a word), whatever its
	 * length.
	 */
	public boolean isInWords(String text) {
		return hasForm(text, 0, this.reasonPattern);
	}

	/** Long enough, and with what {@link #legalBasisPattern()} asks for. */
	public boolean citesLegalBasis(String text) {
		return hasForm(text, this.minLegalBasisLength, this.legalBasisPattern);
	}

	/**
	 * Vietnamese typed with combining marks (NFD) is read as composed (NFC), so that
	 * "Điều" is "Điều" however it was typed, and its length counts letters.
	 */
	private static boolean hasForm(String text, int minLength, String pattern) {
		if (text == null) {
			return false;
		}
		String composed = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
		return composed.codePointCount(0, composed.length()) >= minLength
				&& (pattern == null || PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(composed).find());
	}

}
