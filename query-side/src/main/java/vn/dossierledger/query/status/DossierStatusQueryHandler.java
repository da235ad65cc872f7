package vn.dossierledger.query.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindDossierStepsQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStatusQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStepsQuery;
import vn.dossierledger.events.query.status.FindUnitDossiersQuery;
import vn.dossierledger.projection.status.CitizenStepRepository;
import vn.dossierledger.projection.status.CitizenStepViews;
import vn.dossierledger.projection.status.DossierStatusRepository;
import vn.dossierledger.projection.status.DossierStatusRow;
import vn.dossierledger.projection.status.DossierStatusViews;
import vn.dossierledger.projection.status.LookupSecretDigest;

/** Answers the status queries from the dossier-status read model. */
@Component
class DossierStatusQueryHandler {

	private final DossierStatusRepository rows;

	private final CitizenStepRepository steps;

	private final Clock clock;

	DossierStatusQueryHandler(DossierStatusRepository rows, CitizenStepRepository steps, Clock clock) {
		this.rows = rows;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * Empty for an unknown code and for a wrong secret alike, after the same comparison:
	 * an unknown code's secret is compared with a decoy.
	 */
	@QueryHandler
	Optional<DossierStatusView> handle(FindDossierStatusQuery query) {
		return citizensDossier(query.dossierCode(), query.lookupSecretSha256()).map(DossierStatusViews::citizenView);
	}

	/**
	 * The steps so far and what is expected of the citizen; empty, as the status, for an
	 * unknown code and a wrong secret alike. The steps are read only once the secret
	 * matched.
	 */
	@QueryHandler
	Optional<DossierStepsView> handle(FindDossierStepsQuery query) {
		return citizensDossier(query.dossierCode(), query.lookupSecretSha256())
			.map((row) -> CitizenStepViews.timeline(row, this.steps.findTimeline(row.dossierId())));
	}

	/** A dossier the signed-in citizen filed, by its code. */
	@QueryHandler
	Optional<DossierStatusView> handle(FindFiledDossierStatusQuery query) {
		return filedDossier(query.dossierCode(), query.subjectRef()).map(DossierStatusViews::citizenView);
	}

	@QueryHandler
	Optional<DossierStepsView> handle(FindFiledDossierStepsQuery query) {
		return filedDossier(query.dossierCode(), query.subjectRef())
			.map((row) -> CitizenStepViews.timeline(row, this.steps.findTimeline(row.dossierId())));
	}

	private Optional<DossierStatusRow> filedDossier(String dossierCode, String subjectRef) {
		return this.rows.findByDossierCode(dossierCode).filter((row) -> row.filedBy(subjectRef));
	}

	/** The dossier of this code when the secret's digest is the stored one. */
	private Optional<DossierStatusRow> citizensDossier(String dossierCode, String lookupSecretSha256) {
		Optional<DossierStatusRow> row = this.rows.findByDossierCode(dossierCode);
		String stored = row.map(DossierStatusRow::lookupSecretSha256).orElse(LookupSecretDigest.DECOY);
		boolean matches = LookupSecretDigest.matches(stored, lookupSecretSha256);
		return row.filter((found) -> matches);
	}

	@QueryHandler
	DossierSummaryPage handle(FindCitizenDossiersQuery query) {
		Page<DossierStatusRow> page = this.rows.findFiledBy(query.subjectRef(),
				PageRequest.of(query.page(), query.size(), Sort.by(Sort.Order.desc("submittedAt"))));
		return toPage(page);
	}

	/**
	 * Open dossiers held at the unit, soonest due first; those without a due date yet
	 * (awaiting intake) after them, oldest submission first.
	 */
	@QueryHandler
	DossierSummaryPage handle(FindUnitDossiersQuery query) {
		Instant now = this.clock.instant();
		Specification<DossierStatusRow> held = (root, criteria, builder) -> {
			criteria.orderBy(builder.asc(builder.selectCase().when(builder.isNull(root.get("dueAt")), 1).otherwise(0)),
					builder.asc(root.get("dueAt")), builder.asc(root.get("submittedAt")));
			return builder.and(builder.equal(root.get("holderUnitId"), query.unitId()),
					builder.isTrue(root.get("active")));
		};
		Specification<DossierStatusRow> filters = held;
		if (query.nationalStatusCode() != null) {
			filters = filters.and((root, criteria, builder) -> builder.equal(root.get("nationalStatusCode"),
					query.nationalStatusCode()));
		}
		if (query.overdue() != null) {
			filters = filters.and((root, criteria, builder) -> builder.equal(root.get("overdue"), query.overdue()));
		}
		if (query.dueWithinHours() != null) {
			Instant horizon = now.plus(Duration.ofHours(query.dueWithinHours()));
			filters = filters.and((root, criteria, builder) -> builder.between(root.get("dueAt"), now, horizon));
		}
		return toPage(this.rows.findAll(filters, PageRequest.of(query.page(), query.size())));
	}

	private static DossierSummaryPage toPage(Page<DossierStatusRow> page) {
		return new DossierSummaryPage(page.map(DossierStatusViews::summary).getContent(), page.getNumber(),
				page.getSize(), page.getTotalElements());
	}

}
