package vn.dossierledger.oversight.ledger;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Seals a block that has waited its interval while no event came to close it, so that the
 * last events of a quiet day are sealed too.
 */
class IdleBlockSealing {

	private final LedgerSealer sealer;

	IdleBlockSealing(LedgerSealer sealer) {
		this.sealer = sealer;
	}

	@Scheduled(fixedDelayString = "${dossier-ledger.ledger.seal.idle-check:PT5S}")
	void sealIdleBlock() {
		this.sealer.sealIdleBlock();
	}

}
