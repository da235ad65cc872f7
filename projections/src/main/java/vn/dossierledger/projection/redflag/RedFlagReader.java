package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dossierledger.events.query.redflag.FindRedFlagsQuery;
import vn.dossierledger.events.query.redflag.RedFlagDetailView;
import vn.dossierledger.events.query.redflag.RedFlagPage;
import vn.dossierledger.events.query.redflag.RedFlagSearchView;
import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.events.query.redflag.EvidenceEventView;

/**
 * Reads the red-flag model for the query side: lists and details from JPA, search from
 * Elasticsearch.
 */
@Component
@Transactional(readOnly = true)
public class RedFlagReader {

	private final EntityManager entityManager;

	private final RedFlagRepository flags;

	private final EvidenceEventRepository events;

	private final RedFlagIndex index;

	RedFlagReader(EntityManager entityManager, RedFlagRepository flags, EvidenceEventRepository events,
			RedFlagIndex index) {
		this.entityManager = entityManager;
		this.flags = flags;
		this.events = events;
		this.index = index;
	}

	/** A page of matching flags, newest first, and the matching count per rule. */
	public RedFlagPage find(FindRedFlagsQuery query) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();

		CriteriaQuery<RedFlag> select = builder.createQuery(RedFlag.class);
		Root<RedFlag> flag = select.from(RedFlag.class);
		select.where(filters(query, builder, flag))
			.orderBy(builder.desc(flag.get("raisedAt")), builder.asc(flag.get("flagId")));
		List<RedFlagView> items = this.entityManager.createQuery(select)
			.setFirstResult(query.page() * query.size())
			.setMaxResults(query.size())
			.getResultList()
			.stream()
			.map(RedFlagViews::view)
			.toList();

		CriteriaQuery<Object[]> perRule = builder.createQuery(Object[].class);
		Root<RedFlag> counted = perRule.from(RedFlag.class);
		perRule.multiselect(counted.get("ruleId"), builder.count(counted))
			.where(filters(query, builder, counted))
			.groupBy(counted.get("ruleId"));
		List<Object[]> rows = new ArrayList<>(this.entityManager.createQuery(perRule).getResultList());
		rows.sort(Comparator.comparingInt((Object[] row) -> ruleNumber((String) row[0])));
		Map<String, Long> counts = new LinkedHashMap<>();
		long total = 0;
		for (Object[] row : rows) {
			counts.put((String) row[0], (Long) row[1]);
			total += (Long) row[1];
		}
		return new RedFlagPage(items, total, query.page(), query.size(), counts);
	}

	public Optional<RedFlagDetailView> find(String flagId) {
		return this.flags.findById(flagId).map((flag) -> {
			List<EvidenceEventView> evidence = this.events.findByEventIdInOrderBySequenceAsc(flag.evidenceEventIds())
				.stream()
				.map(RedFlagViews::view)
				.toList();
			return new RedFlagDetailView(RedFlagViews.view(flag), evidence);
		});
	}

	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public RedFlagSearchView search(String text, int page, int size) {
		return this.index.search(text, page, size);
	}

	private static Predicate[] filters(FindRedFlagsQuery query, CriteriaBuilder builder, Root<RedFlag> flag) {
		List<Predicate> predicates = new ArrayList<>();
		if (query.ruleId() != null) {
			predicates.add(builder.equal(flag.get("ruleId"), query.ruleId()));
		}
		if (query.unitId() != null) {
			predicates.add(builder.equal(flag.get("unitId"), query.unitId()));
		}
		if (query.agencyId() != null) {
			predicates.add(builder.equal(flag.get("agencyId"), query.agencyId()));
		}
		if (query.officerId() != null) {
			predicates.add(builder.like(flag.get("officerIds"), "%," + query.officerId() + ",%"));
		}
		if (query.dossierId() != null) {
			predicates.add(builder.equal(flag.get("dossierId"), query.dossierId()));
		}
		if (query.open() != null) {
			predicates.add(builder.equal(flag.get("open"), query.open()));
		}
		if (query.from() != null) {
			predicates.add(builder.greaterThanOrEqualTo(flag.get("raisedAt"), query.from()));
		}
		if (query.to() != null) {
			predicates.add(builder.lessThan(flag.get("raisedAt"), query.to()));
		}
		return predicates.toArray(Predicate[]::new);
	}

	private static int ruleNumber(String ruleId) {
		try {
			return Integer.parseInt(ruleId.substring(1));
		}
		catch (RuntimeException ex) {
			return Integer.MAX_VALUE;
		}
	}

}
