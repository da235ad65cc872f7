package vn.dossierledger.identity.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A GET endpoint or page whose answer carries a dossier's personal data or case history,
 * and the name its reads are recorded under.
 *
 * @param pattern the request path, with {@code {dossierId}} where the path names the
 * dossier
 * @param view what was read, as the access audit records it
 * @param page whether it is a page, which asks for a missing purpose itself instead of
 * being refused
 */
record AuditedRead(PathPattern pattern, String view, boolean page) {

	static final List<AuditedRead> ALL = List.of(of("/api/dossiers/{dossierId}/history", "history"),
			of("/api/dossiers/{dossierId}/as-of", "as-of"), of("/api/dossiers/{dossierId}/diff", "diff"),
			of("/api/dossiers/{dossierId}/audit", "audit-history"),
			of("/api/dossiers/{dossierId}/control-sheet", "control-sheet"),
			of("/api/dossiers/{dossierId}/evidence", "evidence-bundle"), of("/api/audit/events", "audit-search"),
			of("/api/units/{unitId}/dossiers", "unit-dossier-list"), page("/case-room/search", "audit-search"),
			page("/case-room/cases/{dossierId}", "case-room"),
			page("/case-room/cases/{dossierId}/evidence-bundle", "evidence-bundle"));

	private static AuditedRead of(String pattern, String view) {
		return new AuditedRead(PathPatternParser.defaultInstance.parse(pattern), view, false);
	}

	private static AuditedRead page(String pattern, String view) {
		return new AuditedRead(PathPatternParser.defaultInstance.parse(pattern), view, true);
	}

	/** The audited read a request path is, with the dossier it names if any. */
	static Optional<Match> match(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (AuditedRead read : ALL) {
			PathPattern.PathMatchInfo info = read.pattern.matchAndExtract(container);
			if (info != null) {
				return Optional.of(new Match(read.view, info.getUriVariables().get("dossierId"), read.page));
			}
		}
		return Optional.empty();
	}

	/**
	 * A request that is an audited read: the view, the dossier (null for a list), and
	 * whether it is a page.
	 */
	record Match(String view, String dossierId, boolean page) {

	}

}
