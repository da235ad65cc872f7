package vn.dossierledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * A demo command is handled at the simulated instant it carries, on whatever thread
 * handles it (across Axon Server not the worker's).
 */
class SimulatedTimeInterceptorTest {

	private static final Instant REAL_NOW = Instant.parse("2026-03-01T08:00:00Z");

	private static final Instant SIMULATED = Instant.parse("2026-02-10T02:30:00Z");

	private final SimulatedClock clock = new SimulatedClock(Clock.fixed(REAL_NOW, ZoneOffset.UTC), SIMULATED);

	private final SimulatedTimeInterceptor interceptor = new SimulatedTimeInterceptor(this.clock);

	SimulatedTimeInterceptorTest() {
		this.clock.leaveStartUp();
	}

	@Test
	void handlesACommandAtTheInstantItCarries() throws Exception {
		Object readDuringHandling = this.interceptor.handle(unitOfWork(true), this.clock::instant);

		assertThat(readDuringHandling).isEqualTo(SIMULATED);
		assertThat(this.clock.instant()).as("after handling").isEqualTo(REAL_NOW);
	}

	@Test
	void handlesACommandWithoutAnInstantAtRealTime() throws Exception {
		assertThat(this.interceptor.handle(unitOfWork(false), this.clock::instant)).isEqualTo(REAL_NOW);
	}

	@Test
	void passesTheHandlersCheckedFailureOnUnchanged() {
		IOException failure = new IOException("disk full");

		assertThatIOException().isThrownBy(() -> this.interceptor.handle(unitOfWork(true), () -> {
			throw failure;
		})).isSameAs(failure);
	}

	private static DefaultUnitOfWork<CommandMessage<?>> unitOfWork(boolean simulated) {
		CommandMessage<?> command = GenericCommandMessage.asCommandMessage("a demo command");
		return new DefaultUnitOfWork<>(
				simulated ? command.andMetaData(SimulatedTimeInterceptor.at(SIMULATED)) : command);
	}

}
