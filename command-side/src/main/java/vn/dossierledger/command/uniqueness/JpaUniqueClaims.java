package vn.dossierledger.command.uniqueness;

import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

import vn.dossierledger.command.dossier.DossierRuleViolation;
import vn.dossierledger.command.dossier.UniqueKeyPolicy;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;

/**
 * Keeps the unique-key table from the events. Its processing group is subscribing, so the
 * claim is written in the transaction that stores the event: two concurrent dossiers with
 * one code cannot both commit. A claim that fails fails the command
 * ({@link UniqueClaimsConfiguration}), before its events are committed to any store.
 */
@Component
@ProcessingGroup(JpaUniqueClaims.PROCESSING_GROUP)
class JpaUniqueClaims implements UniqueClaims {

	static final String PROCESSING_GROUP = "unique-claims";

	private final UniqueClaimRepository repository;

	private final EntityManager entityManager;

	JpaUniqueClaims(UniqueClaimRepository repository, EntityManager entityManager) {
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Override
	public Optional<String> ownerOf(ClaimScope scope, String key) {
		return this.repository.findById(new UniqueClaim.Key(scope, key)).map(UniqueClaim::ownerId);
	}

	@EventHandler
	void on(DossierSubmittedEvent event) {
		claim(ClaimScope.DOSSIER_CODE, event.dossierCode(), event.dossierId());
	}

	@EventHandler
	void on(PaymentSucceededEvent event) {
		claim(ClaimScope.PAYMENT_TRANSACTION, event.transactionId(), event.dossierId());
	}

	@ResetHandler
	void reset() {
		this.repository.deleteAllInBatch();
	}

	private void claim(ClaimScope scope, String key, String ownerId) {
		// persist (never merge: a merge would overwrite the holder) and flush now, so
		// that a duplicate fails inside the command rather than later at commit.
		try {
			this.entityManager.persist(new UniqueClaim(scope, key, ownerId));
			this.entityManager.flush();
		}
		catch (ConstraintViolationException taken) {
			// A command that raced this one for the key committed first: the same refusal
			// the aggregate gives when it sees the key taken, details and all, so that it
			// crosses a distributed command bus too.
			DossierRuleViolation refusal = UniqueKeyPolicy.claimedMeanwhile(scope, key);
			throw new CommandExecutionException(refusal.getMessage(), taken, refusal.details());
		}
	}

}
