package vn.dossierledger.query.controlsheet;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.controlsheet.ControlSheetView;
import vn.dossierledger.events.query.controlsheet.FindControlSheetQuery;
import vn.dossierledger.projection.controlsheet.ControlSheetRepository;
import vn.dossierledger.projection.controlsheet.ControlSheetViews;

/** Answers the control-sheet query from its read model. */
@Component
class ControlSheetQueryHandler {

	private final ControlSheetRepository sheets;

	ControlSheetQueryHandler(ControlSheetRepository sheets) {
		this.sheets = sheets;
	}

	@QueryHandler
	Optional<ControlSheetView> handle(FindControlSheetQuery query) {
		return this.sheets.findById(query.dossierId()).map(ControlSheetViews::view);
	}

}
