package vn.dossierledger.reference.catalogue;

import java.util.Objects;

import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;

/**
 * One fee of a procedure version. Online submission is often charged less (set per fee by
 * Ministry of Finance circulars and provincial resolutions), hence the optional online
 * amount.
 *
 * @param code fee code, unique within the procedure version
 * @param name Vietnamese name, e.g. "Lệ phí đổi giấy phép lái xe"
 * @param type phí, lệ phí or thuế
 * @param amountVnd amount in đồng for in-person and postal submission
 * @param onlineAmountVnd amount in đồng for online submission, or {@code null} when it is
 * the same
 */
public record Fee(String code, String name, FeeType type, long amountVnd, Long onlineAmountVnd) {

	public Fee {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}

	/** The amount due for a dossier submitted online or not. */
	public long amountFor(boolean online) {
		return (online && this.onlineAmountVnd != null) ? this.onlineAmountVnd : this.amountVnd;
	}

	/** This fee as a line of a financial-obligation event, priced for the channel. */
	public FeeLine toFeeLine(boolean online) {
		return new FeeLine(this.code, this.name, this.type, amountFor(online));
	}

}
