package vn.dossierledger.projection.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.audit.AuditEventView;
import vn.dossierledger.events.query.audit.AuditSearchView;
import vn.dossierledger.events.query.audit.DossierAuditView;
import vn.dossierledger.events.query.audit.FacetCountView;
import vn.dossierledger.events.query.audit.FindAuditEventsQuery;

/**
 * Reads the audit index through its read alias: full-text search with filters, facets and
 * paging, and one dossier's history. Throws {@link AuditIndexUnavailableException} when
 * Elasticsearch cannot answer.
 */
@Component
public class AuditSearch {

	/** Facet name → indexed field, in the order the answer lists them. */
	private static final Map<String, String> FACETS = facets();

	/** More events than any dossier has; a dossier's history is one page. */
	private static final int HISTORY_LIMIT = 10_000;

	private static final int FACET_SIZE = 50;

	private final AuditIndex index;

	AuditSearch(AuditIndex index) {
		this.index = index;
	}

	public AuditSearchView search(FindAuditEventsQuery query) {
		SearchResponse<AuditDocument> response = this.index.call("search the audit history",
				(client) -> client.search((search) -> {
					search.index(this.index.readAlias())
						// Before the first event there is no index: no hits, not an
						// error.
						.ignoreUnavailable(true)
						.allowNoIndices(true)
						.query(criteria(query))
						.from(query.page() * query.size())
						.size(query.size())
						.trackTotalHits((total) -> total.enabled(true))
						.sort((sort) -> sort
							.field((field) -> field.field(AuditFields.OCCURRED_AT).order(SortOrder.Asc)))
						.sort((sort) -> sort.field((field) -> field.field(AuditFields.SEQUENCE).order(SortOrder.Asc)))
						.sort((sort) -> sort.field((field) -> field.field(AuditFields.EVENT_ID).order(SortOrder.Asc)));
					FACETS.forEach((name, field) -> search.aggregations(name, Aggregation
						.of((aggregation) -> aggregation.terms((terms) -> terms.field(field).size(FACET_SIZE)))));
					return search;
				}, AuditDocument.class));
		Map<String, List<FacetCountView>> facets = new LinkedHashMap<>();
		FACETS.keySet().forEach((name) -> facets.put(name, facet(response, name)));
		long total = (response.hits().total() != null) ? response.hits().total().value() : 0;
		return new AuditSearchView(views(response), total, query.page(), query.size(), facets);
	}

	/** Empty for a dossier the index does not know. */
	public Optional<DossierAuditView> history(String dossierId) {
		SearchResponse<AuditDocument> response = this.index.call("read a dossier's audit history",
				(client) -> client.search(
						(search) -> search.index(this.index.readAlias())
							.ignoreUnavailable(true)
							.allowNoIndices(true)
							.query((q) -> q.term((term) -> term.field(AuditFields.DOSSIER_ID).value(dossierId)))
							.size(HISTORY_LIMIT)
							.sort((sort) -> sort
								.field((field) -> field.field(AuditFields.SEQUENCE).order(SortOrder.Asc))),
						AuditDocument.class));
		List<AuditEventView> events = views(response);
		if (events.isEmpty()) {
			return Optional.empty();
		}
		long held = events.stream()
			.map(AuditEventView::heldWorkingMinutes)
			.filter(Objects::nonNull)
			.mapToLong(Long::longValue)
			.sum();
		return Optional.of(new DossierAuditView(dossierId, events.get(0).dossierCode(), events, held));
	}

	private static Query criteria(FindAuditEventsQuery query) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		if (query.text() != null && !query.text().isBlank()) {
			// All words must be there, in the original text or, written without
			// diacritics, in the folded copy.
			bool.must((must) -> must.bool((either) -> either
				.should((should) -> should
					.match((match) -> match.field(AuditFields.TEXT).query(query.text()).operator(Operator.And)))
				.should((should) -> should.match((match) -> match.field(AuditFields.FOLDED_TEXT)
					.query(VietnameseFolding.fold(query.text()))
					.operator(Operator.And)))
				.minimumShouldMatch("1")));
		}
		filter(bool, AuditFields.DOSSIER_ID, query.dossierId());
		filter(bool, AuditFields.DOSSIER_CODE, query.dossierCode());
		filter(bool, AuditFields.ACTOR_ID, query.actorId());
		filter(bool, AuditFields.ACTOR_ROLE, query.role());
		filter(bool, AuditFields.ACTOR_UNIT_ID, query.unitId());
		filter(bool, AuditFields.AGENCY_ID, query.agencyId());
		filter(bool, AuditFields.EVENT_TYPE, query.eventType());
		filter(bool, AuditFields.PROCEDURE_CODE, query.procedureCode());
		if (query.from() != null || query.to() != null) {
			bool.filter((f) -> f.range((range) -> range.untyped((untyped) -> {
				untyped.field(AuditFields.OCCURRED_AT);
				if (query.from() != null) {
					untyped.gte(JsonData.of(query.from().toString()));
				}
				if (query.to() != null) {
					untyped.lt(JsonData.of(query.to().toString()));
				}
				return untyped;
			})));
		}
		return Query.of((q) -> q.bool(bool.build()));
	}

	private static void filter(BoolQuery.Builder bool, String field, String value) {
		if (value != null && !value.isBlank()) {
			bool.filter((f) -> f.term((term) -> term.field(field).value(FieldValue.of(value))));
		}
	}

	private static List<FacetCountView> facet(SearchResponse<AuditDocument> response, String name) {
		Aggregate aggregate = response.aggregations().get(name);
		if (aggregate == null || !aggregate.isSterms()) {
			return List.of(); // no index yet: the field is unmapped
		}
		return aggregate.sterms()
			.buckets()
			.array()
			.stream()
			.map((bucket) -> new FacetCountView(bucket.key().stringValue(), bucket.docCount()))
			.toList();
	}

	private static List<AuditEventView> views(SearchResponse<AuditDocument> response) {
		List<AuditEventView> views = new ArrayList<>();
		for (Hit<AuditDocument> hit : response.hits().hits()) {
			AuditDocument document = hit.source();
			if (document != null) {
				views.add(view(document));
			}
		}
		return views;
	}

	static AuditEventView view(AuditDocument document) {
		return new AuditEventView(document.eventId(), document.eventType(), document.dossierId(),
				document.dossierCode(), document.procedureCode(), document.agencyId(), document.sequence(),
				document.status(), document.nationalStatusCode(), document.statusLabel(), document.actorId(),
				document.actorRole(), document.actorUnitId(), document.actorName(), document.stepCode(),
				document.occurredAt(), document.recordedAt(), document.heldWorkingMinutes(), document.text());
	}

	private static Map<String, String> facets() {
		Map<String, String> facets = new LinkedHashMap<>();
		facets.put("eventType", AuditFields.EVENT_TYPE);
		facets.put("role", AuditFields.ACTOR_ROLE);
		facets.put("unitId", AuditFields.ACTOR_UNIT_ID);
		facets.put("agencyId", AuditFields.AGENCY_ID);
		facets.put("procedureCode", AuditFields.PROCEDURE_CODE);
		return Collections.unmodifiableMap(facets);
	}

}
