package vn.dossierledger.projection.redflag;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the red-flag rules ({@code dossier-ledger.red-flags.*}). DOMAIN §5.2
 * marks every rule a proposal: the defaults are suggestions, to be tuned per deployment.
 * F6's k is not one of them: it is the rulebook's {@code holdingLimitFactor} per
 * procedure version, and the ledger records it with each
 * {@code HoldingLimitExceededEvent}.
 *
 * @param minReasonLength F2: a free-text reason shorter than this (characters), or than
 * the procedure rulebook's minimum if longer, is "reasonless"
 * @param signedRejectionWindow F3: a refusal or supplement request this soon after a
 * valid applicant signature is flagged
 * @param apologyGrace F4: how long after the due date an apology still counts; with a
 * grace the flag waits for the dossier's first recorded event after due + grace
 * @param clockGamingFraction F8: a supplement requested with less than this share of the
 * working time left
 * @param backdatingTolerance F9: how much earlier than its recording an intake may be
 * dated
 * @param maxRecordingDelay F10: how long after its business time an officer action may be
 * recorded
 * @param sweepInterval how often flags not yet mirrored are pushed to Elasticsearch (it
 * raises nothing: every flag comes from the recorded events)
 * @param indexBatchSize flags pushed to Elasticsearch per bulk request
 */
@ConfigurationProperties("dossier-ledger.red-flags")
public record RedFlagProperties(@DefaultValue("20") int minReasonLength,
		@DefaultValue("PT24H") Duration signedRejectionWindow, @DefaultValue("PT0S") Duration apologyGrace,
		@DefaultValue("0.1") double clockGamingFraction, @DefaultValue("PT1H") Duration backdatingTolerance,
		@DefaultValue("PT24H") Duration maxRecordingDelay, @DefaultValue("PT1M") Duration sweepInterval,
		@DefaultValue("500") int indexBatchSize) {

	/** The documented defaults, e.g. for tests. */
	public static RedFlagProperties defaults() {
		return new RedFlagProperties(20, Duration.ofHours(24), Duration.ZERO, 0.1, Duration.ofHours(1),
				Duration.ofHours(24), Duration.ofMinutes(1), 500);
	}

}
