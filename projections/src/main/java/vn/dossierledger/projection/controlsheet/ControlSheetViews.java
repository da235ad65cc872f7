package vn.dossierledger.projection.controlsheet;

import java.util.ArrayList;
import java.util.List;

import vn.dossierledger.events.query.controlsheet.ControlSheetView;
import vn.dossierledger.events.query.controlsheet.HandOverView;

/** A control sheet as the published view, rows numbered from 1 as on the paper form. */
public final class ControlSheetViews {

	private ControlSheetViews() {
	}

	public static ControlSheetView view(ControlSheet sheet) {
		List<HandOverView> rows = new ArrayList<>();
		for (HandOverRow row : sheet.handOvers()) {
			HandOverOutcome outcome = row.outcome();
			rows.add(new HandOverView(rows.size() + 1, row.kind().name(), row.giverId(), row.giverUnitId(),
					row.receiverId(), row.receiverUnitId(), row.receiverAgencyId(), row.receiverAgencyName(),
					row.handedOverAt(), row.stepCode(), row.stepName(), row.stepDeadline(), row.handedOnAt(),
					(outcome != null) ? outcome.name() : null, (outcome != null) ? outcome.vietnameseLabel() : null,
					row.heldWorkingMinutes()));
		}
		return new ControlSheetView(sheet.dossierId(), sheet.dossierCode(), sheet.applicantRef(), sheet.receivedAt(),
				sheet.dueAt(), sheet.resolvingAgencyId(), sheet.resolvingAgencyName(), rows);
	}

}
