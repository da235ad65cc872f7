package vn.dossierledger.events.query.controlsheet;

import java.time.Instant;
import java.util.List;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Circular 03/2025 Form 06): the header and
 * one row per hand-over, in order.
 */
public record ControlSheetView(String dossierId, String dossierCode, String applicantRef, Instant receivedAt,
		Instant dueAt, String resolvingAgencyId, String resolvingAgencyName, List<HandOverView> handOvers) {

	public ControlSheetView {
		handOvers = List.copyOf(handOvers);
	}

}
