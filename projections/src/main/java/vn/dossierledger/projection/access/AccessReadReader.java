package vn.dossierledger.projection.access;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dossierledger.events.query.access.AccessReadPage;
import vn.dossierledger.events.query.access.FindAccessReadsQuery;

/** Reads the access audit for oversight. */
@Component
public class AccessReadReader {

	private final AccessReadRepository reads;

	AccessReadReader(AccessReadRepository reads) {
		this.reads = reads;
	}

	@Transactional(readOnly = true)
	public AccessReadPage find(FindAccessReadsQuery query) {
		Specification<AccessRead> matching = (root, criteria, builder) -> {
			List<Predicate> all = new ArrayList<>();
			if (query.dossierId() != null) {
				all.add(builder.equal(root.get("dossierId"), query.dossierId()));
			}
			if (query.readerId() != null) {
				all.add(builder.equal(root.get("readerId"), query.readerId()));
			}
			if (query.outsideReaderUnit() != null) {
				all.add(builder.equal(root.get("outsideReaderUnit"), query.outsideReaderUnit()));
			}
			if (query.from() != null) {
				all.add(builder.greaterThanOrEqualTo(root.get("readAt"), query.from()));
			}
			if (query.to() != null) {
				all.add(builder.lessThan(root.get("readAt"), query.to()));
			}
			return builder.and(all.toArray(Predicate[]::new));
		};
		Page<AccessRead> page = this.reads.findAll(matching, PageRequest.of(query.page(), query.size(),
				Sort.by(Sort.Order.desc("readAt"), Sort.Order.desc("readId"))));
		return new AccessReadPage(page.map(AccessRead::view).toList(), page.getTotalElements(), query.page(),
				query.size());
	}

}
