package vn.dossierledger.command.uniqueness;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;

/**
 * Keeps the unique-key table from the events. Its processing group is subscribing, so the
 * claim is written in the transaction that stores the event: two concurrent dossiers with
 * one code cannot both commit.
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
		// that a duplicate
		// fails inside the command rather than later at commit.
		this.entityManager.persist(new UniqueClaim(scope, key, ownerId));
		this.entityManager.flush();
	}

}
