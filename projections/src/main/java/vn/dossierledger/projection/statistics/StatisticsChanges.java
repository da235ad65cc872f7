package vn.dossierledger.projection.statistics;

import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * A counter of committed changes to the fact rows, so that the live dashboard recomputes
 * only when something changed. It moves after the event's unit of work commits, so a
 * reader that sees the new value also sees the new rows.
 */
@Component
public class StatisticsChanges {

	private final AtomicLong version = new AtomicLong();

	void changed() {
		if (CurrentUnitOfWork.isStarted()) {
			CurrentUnitOfWork.get().afterCommit((unitOfWork) -> this.version.incrementAndGet());
		}
		else {
			this.version.incrementAndGet();
		}
	}

	/**
	 * @return a number that grows whenever the statistics changed
	 */
	public long version() {
		return this.version.get();
	}

}
