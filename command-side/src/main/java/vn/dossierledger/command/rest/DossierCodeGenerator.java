package vn.dossierledger.command.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dossierledger.events.dossier.VietnamTime;

/**
 * Issues dossier codes (mã hồ sơ) in the form {@code <agency code>-<yyMMdd>-<nnnnn>}, as
 * provincial systems do, from one counter row per agency and day
 * ({@code dossier_code_counter}). Uniqueness itself is enforced by the aggregate through
 * the unique-claims table; the counter only avoids handing out a taken code. A code taken
 * by a submission that then fails is not handed out again: codes may have gaps.
 */
@Component
class DossierCodeGenerator {

	private static final Logger logger = LoggerFactory.getLogger(DossierCodeGenerator.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/**
	 * The first submissions of a day race to create its counter; a loser finds the row on
	 * its retry, so one retry settles it.
	 */
	private static final int ATTEMPTS = 3;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	DossierCodeGenerator(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public String nextCode(String agencyCode) {
		String prefix = agencyCode + "-" + DAY.format(LocalDate.ofInstant(this.clock.instant(), VietnamTime.ZONE));
		for (int attempt = 1;; attempt++) {
			try {
				// Its own transaction: PostgreSQL aborts a transaction whose insert
				// failed.
				return this.ownTransaction.execute((status) -> prefix + "-" + String.format("%05d", take(prefix)));
			}
			catch (DuplicateKeyException lostTheRaceToCreateTheCounter) {
				if (attempt == ATTEMPTS) {
					throw lostTheRaceToCreateTheCounter;
				}
				logger.debug("Another submission created the dossier-code counter {} first; taking a code again",
						prefix);
			}
		}
	}

	/**
	 * The update locks the day's row until commit, so concurrent takers queue behind it
	 * and each reads the value it wrote.
	 */
	private long take(String prefix) {
		if (this.jdbc.update("update dossier_code_counter set next_value = next_value + 1 where prefix = ?",
				prefix) == 0) {
			this.jdbc.update("insert into dossier_code_counter (prefix, next_value) values (?, 2)", prefix);
			return 1;
		}
		return this.jdbc.queryForObject("select next_value - 1 from dossier_code_counter where prefix = ?", Long.class,
				prefix);
	}

}
