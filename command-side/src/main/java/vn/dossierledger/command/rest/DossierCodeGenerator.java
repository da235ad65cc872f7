package vn.dossierledger.command.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Issues dossier codes (mã hồ sơ) in the form {@code <agency code>-<yyMMdd>-<nnnn>}, as
 * provincial systems do. Uniqueness itself is enforced by the aggregate through the
 * unique-claims table; the counter only avoids handing out a taken code.
 */
@Component
class DossierCodeGenerator {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private static final ZoneId LEGAL_TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final EntityManager entityManager;

	private final Clock clock;

	DossierCodeGenerator(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String nextCode(String agencyCode) {
		String prefix = agencyCode + "-" + DAY.format(LocalDate.ofInstant(this.clock.instant(), LEGAL_TIME_ZONE));
		DossierCodeCounter counter = this.entityManager.find(DossierCodeCounter.class, prefix,
				LockModeType.PESSIMISTIC_WRITE);
		if (counter == null) {
			counter = new DossierCodeCounter(prefix);
			this.entityManager.persist(counter);
		}
		return prefix + "-" + String.format("%05d", counter.take());
	}

}
