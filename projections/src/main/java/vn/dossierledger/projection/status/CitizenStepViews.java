package vn.dossierledger.projection.status;

import java.util.ArrayList;
import java.util.List;

import vn.dossierledger.events.query.status.CitizenStepView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.ExpectedOfCitizen;
import vn.dossierledger.events.query.status.ExpectedPayment;
import vn.dossierledger.events.query.status.ExpectedSupplement;
import vn.dossierledger.events.query.status.FeeLineView;
import vn.dossierledger.events.query.status.SupplementItemView;

/** A dossier's timeline as the published view, with what it expects of the citizen. */
public final class CitizenStepViews {

	private CitizenStepViews() {
	}

	/**
	 * @param row the dossier's status
	 * @param steps its steps, oldest first
	 */
	public static DossierStepsView timeline(DossierStatusRow row, List<CitizenStepRow> steps) {
		return new DossierStepsView(row.dossierCode(), steps.stream().map(CitizenStepViews::step).toList(),
				expected(row, steps));
	}

	/**
	 * What the status view tells the citizen to do next, with its particulars: the open
	 * supplement request, or the fees not paid. Nothing while a withdrawal awaits
	 * acceptance, as the next action says.
	 */
	static ExpectedOfCitizen expected(DossierStatusRow row, List<CitizenStepRow> steps) {
		return switch (row.nextAction()) {
			case AWAITING_YOUR_SUPPLEMENT -> new ExpectedOfCitizen(openSupplementRequest(steps), null);
			case AWAITING_PAYMENT -> new ExpectedOfCitizen(null,
					new ExpectedPayment(unpaidFees(steps), row.amountDueVnd() - row.amountPaidVnd()));
			default -> ExpectedOfCitizen.NOTHING;
		};
	}

	/** The latest supplement request: the one the dossier waits on. */
	private static ExpectedSupplement openSupplementRequest(List<CitizenStepRow> steps) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			CitizenStepRow step = steps.get(i);
			if (step.step().asksForSupplement()) {
				return new ExpectedSupplement(step.occurredAt(), step.reason(), step.legalBasis(), items(step));
			}
		}
		return null;
	}

	/**
	 * The lines of the fee requests made since everything asked was last paid; a payment
	 * always covers the whole amount due, a refund reopens the amount it gives back.
	 */
	private static List<FeeLineView> unpaidFees(List<CitizenStepRow> steps) {
		List<FeeLineView> unpaid = new ArrayList<>();
		long outstanding = 0;
		for (CitizenStepRow step : steps) {
			switch (step.step()) {
				case FEE_REQUESTED -> {
					outstanding += step.amountVnd();
					step.fees().forEach((line) -> unpaid.add(new FeeLineView(line.name(), line.amountVnd())));
				}
				case PAYMENT_SUCCEEDED -> {
					outstanding -= step.amountVnd();
					if (outstanding <= 0) {
						unpaid.clear();
					}
				}
				case PAYMENT_REFUNDED -> outstanding += step.amountVnd();
				default -> {
				}
			}
		}
		return unpaid;
	}

	private static CitizenStepView step(CitizenStepRow step) {
		return new CitizenStepView(step.step().name(), step.step().vietnameseLabel(), step.occurredAt(),
				step.nationalStatusCode(), step.reason(), step.legalBasis(), items(step),
				step.fees().stream().map((line) -> new FeeLineView(line.name(), line.amountVnd())).toList(),
				step.amountVnd(), step.unitId(), step.unitName(), step.newDueAt());
	}

	private static List<SupplementItemView> items(CitizenStepRow step) {
		return step.supplementItems()
			.stream()
			.map((item) -> new SupplementItemView(item.componentCode(), item.issue()))
			.toList();
	}

}
