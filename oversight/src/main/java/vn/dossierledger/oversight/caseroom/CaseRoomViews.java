package vn.dossierledger.oversight.caseroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.query.audit.AuditEventView;
import vn.dossierledger.events.query.audit.FacetCountView;
import vn.dossierledger.events.query.audit.FindAuditEventsQuery;
import vn.dossierledger.events.query.redflag.EvidenceEventView;
import vn.dossierledger.events.query.redflag.RedFlagDetailView;
import vn.dossierledger.oversight.replay.CaseReplayViews.HistoryStep;
import vn.dossierledger.oversight.replay.CaseState;
import vn.dossierledger.oversight.replay.CaseState.FieldChange;
import vn.dossierledger.web.PageParameters;

/** What the case room's pages show. */
public final class CaseRoomViews {

	private CaseRoomViews() {
	}

	/**
	 * The audit search as the form sends it: the purpose, the words, a value per facet,
	 * the page. A page that cannot be read is the first.
	 */
	public record SearchForm(String purpose, String q, String eventType, String role, String unitId, String agencyId,
			String procedureCode, String page) {

		static final long SEARCH_WINDOW = PageParameters.SEARCH_WINDOW;

		/** The facets, as the search names them, each a filter of the same name. */
		static final List<String> FACETS = List.of("eventType", "role", "unitId", "agencyId", "procedureCode");

		public boolean purposeMissing() {
			return this.purpose == null || this.purpose.isBlank();
		}

		public int pageNumber() {
			try {
				int number = Integer.parseInt((this.page != null) ? this.page.strip() : "0");
				long lastPage = SEARCH_WINDOW / CaseRoomPage.HITS_PER_PAGE - 1;
				return (int) Math.max(0, Math.min(number, lastPage));
			}
			catch (NumberFormatException notANumber) {
				return 0;
			}
		}

		FindAuditEventsQuery query(int size) {
			return new FindAuditEventsQuery(given(this.q), null, null, null, given(this.role), given(this.unitId),
					given(this.agencyId), given(this.eventType), given(this.procedureCode), null, null, pageNumber(),
					size);
		}

		public String filter(String facet) {
			return switch (facet) {
				case "eventType" -> given(this.eventType);
				case "role" -> given(this.role);
				case "unitId" -> given(this.unitId);
				case "agencyId" -> given(this.agencyId);
				case "procedureCode" -> given(this.procedureCode);
				default -> throw new IllegalArgumentException("No facet " + facet);
			};
		}

		/** The facet values the search is narrowed to, kept when the words change. */
		public Map<String, String> chosenFilters() {
			Map<String, String> chosen = new LinkedHashMap<>();
			FACETS.stream()
				.filter((facet) -> filter(facet) != null)
				.forEach((facet) -> chosen.put(facet, filter(facet)));
			return chosen;
		}

		/**
		 * Per facet, a link for each value: choosing it narrows the search to it,
		 * choosing the chosen one again widens the search back.
		 */
		Map<String, List<FacetLink>> facetLinks(Map<String, List<FacetCountView>> facets) {
			Map<String, List<FacetLink>> links = new LinkedHashMap<>();
			for (String facet : FACETS) {
				String chosen = filter(facet);
				links.put(facet,
						facets.getOrDefault(facet, List.of())
							.stream()
							.map((count) -> new FacetLink(count.value(), count.count(),
									link(facet, count.value().equals(chosen) ? null : count.value(), 0),
									count.value().equals(chosen)))
							.toList());
			}
			return links;
		}

		String pageLink(int number) {
			return link(null, null, number);
		}

		private String link(String facet, String value, int number) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/case-room/search")
				.queryParam("purpose", this.purpose.strip());
			if (given(this.q) != null) {
				link.queryParam("q", this.q.strip());
			}
			for (String each : FACETS) {
				String filter = each.equals(facet) ? value : filter(each);
				if (filter != null) {
					link.queryParam(each, filter);
				}
			}
			if (number > 0) {
				link.queryParam("page", number);
			}
			return link.encode().toUriString();
		}

		private static String given(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	/** One value of a facet: how many hits have it, and the search narrowed to it. */
	public record FacetLink(String value, long count, String href, boolean chosen) {

	}

	/**
	 * One step of a case: the replayed event with the audit history's words for it (the
	 * reasons, legal basis, items and names it carries) and the red flags it is evidence
	 * of.
	 *
	 * @param eventType the event's type without its {@code Event} suffix, as the audit
	 * names it
	 * @param audit the audit history's record of the event; null while it is not indexed
	 */
	public record CaseStep(String eventId, long sequence, String eventType, Actor actor, Instant occurredAt,
			Instant recordedAt, String chainHash, CaseState stateAfter, List<FieldChange> changes, AuditEventView audit,
			List<String> flaggedBy) {

		static List<CaseStep> of(List<HistoryStep> history, Map<Long, AuditEventView> audit,
				List<RedFlagDetailView> flags) {
			List<CaseStep> steps = new ArrayList<>();
			for (HistoryStep step : history) {
				String type = CaseValues.eventName(step.type());
				List<String> flaggedBy = flags.stream()
					.filter((flag) -> evidenceIds(flag).contains(step.eventId()))
					.map((flag) -> flag.flag().ruleId())
					.distinct()
					.toList();
				steps.add(new CaseStep(step.eventId(), step.sequence(), type, step.actor(), step.occurredAt(),
						step.recordedAt(), step.chainHash(), step.stateAfter(), step.changes(),
						audit.get(step.sequence()), flaggedBy));
			}
			return steps;
		}

		private static Set<String> evidenceIds(RedFlagDetailView flag) {
			Set<String> ids = new HashSet<>(flag.flag().evidenceEventIds());
			flag.evidence().stream().map(EvidenceEventView::eventId).forEach(ids::add);
			return ids;
		}

		/** The state after the step, field by field, in the state's own order. */
		public List<FieldChange> state() {
			return CaseState.NONE.changesTo(this.stateAfter)
				.stream()
				.map((field) -> new FieldChange(field.field(), null, field.after()))
				.toList();
		}

	}

}
