package vn.dossierledger.projection;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose id the projection assigns (a dossier id, an event id, a flag
 * hash). Spring Data cannot tell from such an id whether the row is new and would merge
 * it — a select before every insert. The row knows: new until persisted or loaded. So a
 * new row costs one insert, and a batch's inserts go out as one JDBC batch.
 */
@MappedSuperclass
public abstract class ReadModelRow implements Persistable<String> {

	@Transient
	private boolean stored;

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

}
