package vn.dossierledger.oversight.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.dossierledger.oversight.ledger.CanonicalEventEncoding.ChainLink;

/**
 * Recomputes one dossier's hash chain from its stored events and locates what does not
 * match. The common case — every event intact and linked, no gap — costs one hash per
 * event; only a broken dossier is diagnosed further. Pure JDK and Jackson, like the
 * encoding, so that an offline verifier can run it too.
 */
public final class DossierChainCheck {

	private final CanonicalEventEncoding encoding;

	public DossierChainCheck(CanonicalEventEncoding encoding) {
		this.encoding = encoding;
	}

	/**
	 * @param events one dossier's events, ordered by stored sequence number
	 * @return the mismatches, in sequence order; empty for an intact chain
	 */
	public List<ChainMismatch> check(List<StoredEvent> events) {
		int count = events.size();
		ChainLink[] links = new ChainLink[count];
		boolean[] intact = new boolean[count];
		boolean clean = true;
		for (int i = 0; i < count; i++) {
			StoredEvent event = events.get(i);
			links[i] = this.encoding.chainLinkOf(event.metadata());
			intact[i] = links[i].isPresent()
					&& links[i].hash().equals(event.chainValueAt(this.encoding, links[i].previous(), event.sequence()));
			String expectedPrevious = (i == 0) ? CanonicalEventEncoding.GENESIS : links[i - 1].hash();
			clean &= intact[i] && event.sequence() == i && links[i].previous().equals(expectedPrevious);
		}
		return clean ? List.of() : diagnose(events, links, intact);
	}

	private List<ChainMismatch> diagnose(List<StoredEvent> events, ChainLink[] links, boolean[] intact) {
		List<ChainMismatch> mismatches = new ArrayList<>();
		String dossierId = events.get(0).aggregateId();
		long lastSequence = events.get(events.size() - 1).sequence();
		long expectedSequence = 0;
		for (int i = 0; i < events.size(); i++) {
			StoredEvent event = events.get(i);
			boolean gapBefore = event.sequence() > expectedSequence;
			for (long missing = expectedSequence; missing < event.sequence(); missing++) {
				mismatches.add(new ChainMismatch(dossierId, missing, MismatchKind.EVENT_MISSING,
						"No event is stored at sequence " + missing));
			}
			expectedSequence = event.sequence() + 1;
			if (!links[i].isPresent()) {
				mismatches.add(new ChainMismatch(dossierId, event.sequence(), MismatchKind.UNCHAINED,
						"The event carries no " + CanonicalEventEncoding.HASH_KEY + " metadata"));
			}
			else if (!intact[i]) {
				mismatches.add(contentMismatch(event, links[i], lastSequence));
			}
			else if (i == 0 && event.sequence() == 0 && !CanonicalEventEncoding.GENESIS.equals(links[i].previous())) {
				mismatches.add(new ChainMismatch(dossierId, 0, MismatchKind.BROKEN_LINK,
						"The first event does not start from the genesis value"));
			}
			else if (i > 0 && !gapBefore && intact[i - 1] && !links[i].previous().equals(links[i - 1].hash())) {
				mismatches.add(new ChainMismatch(dossierId, event.sequence(), MismatchKind.BROKEN_LINK,
						"Its " + CanonicalEventEncoding.PREVIOUS_KEY + " is not the chain value of sequence "
								+ events.get(i - 1).sequence()));
			}
		}
		return mismatches;
	}

	/**
	 * An event whose content does not give its chain value was either moved to another
	 * sequence number (it is intact at some other one) or changed.
	 */
	private ChainMismatch contentMismatch(StoredEvent event, ChainLink link, long lastSequence) {
		for (long candidate = 0; candidate <= lastSequence + 1; candidate++) {
			if (candidate != event.sequence()
					&& Objects.equals(link.hash(), event.chainValueAt(this.encoding, link.previous(), candidate))) {
				return new ChainMismatch(event.aggregateId(), event.sequence(), MismatchKind.REORDERED,
						"The event chained as sequence " + candidate + " is stored at sequence " + event.sequence());
			}
		}
		return new ChainMismatch(event.aggregateId(), event.sequence(), MismatchKind.PAYLOAD_CHANGED,
				"The stored payload, type, revision or time no longer gives the event's chain value");
	}

}
