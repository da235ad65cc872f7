package vn.dossierledger.command.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import vn.dossierledger.events.dossier.VietnamTime;

/**
 * Issues dossier codes (mã hồ sơ) in the form {@code <agency code>-<yyMMdd>-<nnnn>}, as
 * provincial systems do. Uniqueness itself is enforced by the aggregate through the
 * unique-claims table; the counter only avoids handing out a taken code.
 */
@Component
class DossierCodeGenerator {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/**
	 * Two first submissions of a day can race to create its counter; one retry settles
	 * it.
	 */
	private static final int ATTEMPTS = 3;

	private final EntityManager entityManager;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	DossierCodeGenerator(EntityManager entityManager, Clock clock, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public String nextCode(String agencyCode) {
		String prefix = agencyCode + "-" + DAY.format(LocalDate.ofInstant(this.clock.instant(), VietnamTime.ZONE));
		for (int attempt = 1;; attempt++) {
			try {
				return this.ownTransaction.execute((status) -> prefix + "-" + String.format("%05d", take(prefix)));
			}
			catch (DataAccessException | PersistenceException lostTheRaceToCreateTheCounter) {
				if (attempt == ATTEMPTS) {
					throw lostTheRaceToCreateTheCounter;
				}
			}
		}
	}

	private long take(String prefix) {
		DossierCodeCounter counter = this.entityManager.find(DossierCodeCounter.class, prefix,
				LockModeType.PESSIMISTIC_WRITE);
		if (counter == null) {
			counter = new DossierCodeCounter(prefix);
			this.entityManager.persist(counter);
			// A concurrent creator's row shows up here, inside the retry, not at commit.
			this.entityManager.flush();
		}
		return counter.take();
	}

}
