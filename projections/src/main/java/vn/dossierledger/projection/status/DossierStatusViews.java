package vn.dossierledger.projection.status;

import java.time.Instant;

import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierSummaryView;

/**
 * Rows as the published views. Overdue depends on the moment of asking: the query side
 * asks as of now, live updates as of the recorded time of the event that caused them.
 */
public final class DossierStatusViews {

	private DossierStatusViews() {
	}

	public static DossierStatusView citizenView(DossierStatusRow row, Instant asOf) {
		return new DossierStatusView(row.dossierCode(), row.applicantRef(), row.procedureCode(), row.procedureVersion(),
				row.procedureName(), row.agencyId(), row.agencyName(), row.channel(), row.status().name(),
				row.status().nationalCode(), row.status().vietnameseLabel(), row.paused(), row.currentStep(),
				row.holderUnitId(), row.submittedAt(), row.receivedAt(), row.dueAt(), row.closedAt(),
				row.overdueAt(asOf), row.apologyIssued(), row.apologyNewDueAt(), row.amountDueVnd(),
				row.amountPaidVnd(), row.nextAction().toView());
	}

	public static DossierSummaryView summary(DossierStatusRow row, Instant asOf) {
		return new DossierSummaryView(row.dossierId(), row.dossierCode(), row.applicantRef(), row.procedureCode(),
				row.procedureName(), row.agencyId(), row.status().name(), row.status().nationalCode(),
				row.status().vietnameseLabel(), row.paused(), row.currentStep(), row.holderOfficerId(),
				row.holderUnitId(), row.submittedAt(), row.receivedAt(), row.dueAt(), row.closedAt(),
				row.overdueAt(asOf), row.nextAction().toView());
	}

}
