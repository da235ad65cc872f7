package vn.dossierledger.projection.redflag;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import vn.dossierledger.events.query.redflag.RedFlagView;

/**
 * A flag as stored in Elasticsearch: the view's fields plus the searchable text with its
 * Vietnamese diacritics folded in Java (the embedded server has no asciifolding filter).
 */
record RedFlagDocument(String flagId, String ruleId, int ruleVersion, String ruleName, String dossierId,
		String dossierCode, String procedureCode, List<String> officerIds, List<String> subjectRefs, String unitId,
		String agencyId, List<String> evidenceEventIds, double score, String description, String textFolded,
		Instant raisedAt, boolean open, Instant closedAt, String closedReason) {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	static RedFlagDocument of(RedFlagView flag) {
		String text = flag.ruleName() + " " + flag.description()
				+ ((flag.closedReason() != null) ? " " + flag.closedReason() : "");
		return new RedFlagDocument(flag.flagId(), flag.ruleId(), flag.ruleVersion(), flag.ruleName(), flag.dossierId(),
				flag.dossierCode(), flag.procedureCode(), flag.officerIds(), flag.subjectRefs(), flag.unitId(),
				flag.agencyId(), flag.evidenceEventIds(), flag.score(), flag.description(), fold(text), flag.raisedAt(),
				flag.open(), flag.closedAt(), flag.closedReason());
	}

	/** "Bổ sung đơn" → "bo sung don". */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
	}

	RedFlagView toView() {
		return new RedFlagView(this.flagId, this.ruleId, this.ruleVersion, this.ruleName, this.dossierId,
				this.dossierCode, this.procedureCode, this.officerIds, this.subjectRefs, this.unitId, this.agencyId,
				this.evidenceEventIds, this.score, this.description, this.raisedAt, this.open, this.closedAt,
				this.closedReason);
	}

}
