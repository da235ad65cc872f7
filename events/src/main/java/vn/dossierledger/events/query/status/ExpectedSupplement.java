package vn.dossierledger.events.query.status;

import java.time.Instant;
import java.util.List;

/** The open supplement request: when it was made, why, on what basis, item by item. */
public record ExpectedSupplement(Instant requestedAt, String reason, String legalBasis,
		List<SupplementItemView> items) {

	public ExpectedSupplement {
		items = List.copyOf(items);
	}

}
