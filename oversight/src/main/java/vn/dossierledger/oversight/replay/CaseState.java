package vn.dossierledger.oversight.replay;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.Recommendation;

/**
 * What an inspector sees of a dossier at one point of its history: rebuilt from events by
 * {@link CaseStateModel}, independent of the aggregate (which keeps only what its rules
 * need).
 *
 * @param holder who holds the dossier: the receiving officer after receipt, then whoever
 * it was last transferred to
 * @param pausedSince start of the current clock pause (supplement, or payment where the
 * procedure pauses the clock)
 * @param holdingLimitsExceeded how often the statutory clock found an officer holding the
 * dossier past the holding limit (red flag F6)
 */
public record CaseState(DossierStatus status, String dossierCode, String procedureCode, String procedureVersion,
		Holder holder, String receivedBy, Instant dueAt, Instant pausedSince, Recommendation lastRecommendation,
		int intakeSupplementRequests, int processingSupplementRequests, int apologies, int failedPayments,
		long amountDueVnd, long amountPaidVnd, boolean decisionSigned, boolean dueDateMissed, int holdingLimitsExceeded,
		boolean withdrawalRequested, Integer rating) {

	/** Before the first event: nothing known. */
	public static final CaseState NONE = new CaseState(null, null, null, null, null, null, null, null, null, 0, 0, 0, 0,
			0, 0, false, false, 0, false, null);

	/**
	 * @return the fields that differ from {@code later}, in declaration order
	 */
	public List<FieldChange> changesTo(CaseState later) {
		List<FieldChange> changes = new ArrayList<>();
		for (RecordComponent field : CaseState.class.getRecordComponents()) {
			Object before = valueOf(field, this);
			Object after = valueOf(field, later);
			if (!Objects.equals(before, after)) {
				changes.add(new FieldChange(field.getName(), before, after));
			}
		}
		return changes;
	}

	private static Object valueOf(RecordComponent field, CaseState state) {
		try {
			return field.getAccessor().invoke(state);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + field.getName(), ex);
		}
	}

	/** One field-level difference between two states. */
	public record FieldChange(String field, Object before, Object after) {

	}

}
