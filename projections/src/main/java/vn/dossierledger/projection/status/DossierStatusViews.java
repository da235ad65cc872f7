package vn.dossierledger.projection.status;

import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierSummaryView;

/** Rows as the published views. */
public final class DossierStatusViews {

	private DossierStatusViews() {
	}

	public static DossierStatusView citizenView(DossierStatusRow row) {
		return new DossierStatusView(row.dossierCode(), row.applicantRef(), row.procedureCode(), row.procedureVersion(),
				row.procedureName(), row.agencyId(), row.agencyName(), row.channel(), row.status().name(),
				row.status().nationalCode(), row.status().vietnameseLabel(), row.paused(), row.currentStep(),
				row.holderUnitId(), row.submittedAt(), row.receivedAt(), row.dueAt(), row.closedAt(), row.overdue(),
				row.apologyIssued(), row.apologyNewDueAt(), row.amountDueVnd(), row.amountPaidVnd(),
				row.nextAction().toView());
	}

	public static DossierSummaryView summary(DossierStatusRow row) {
		return new DossierSummaryView(row.dossierId(), row.dossierCode(), row.applicantRef(), row.procedureCode(),
				row.procedureName(), row.agencyId(), row.status().name(), row.status().nationalCode(),
				row.status().vietnameseLabel(), row.paused(), row.currentStep(), row.holderOfficerId(),
				row.holderUnitId(), row.submittedAt(), row.receivedAt(), row.dueAt(), row.closedAt(), row.overdue(),
				row.nextAction().toView());
	}

}
