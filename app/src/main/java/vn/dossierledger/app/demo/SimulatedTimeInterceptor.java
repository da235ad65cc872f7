package vn.dossierledger.app.demo;

import java.time.Instant;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Handles a demo command at the simulated instant it carries in its metadata. The
 * {@link SimulatedClock} keeps a worker's time on the worker's own thread, which handles
 * the command only on the local bus: across Axon Server another thread handles it, and
 * without this its events would be stamped with the real time. Registered only while the
 * demo province is configured.
 */
final class SimulatedTimeInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

	/** Metadata key of the simulated instant, ISO-8601. */
	static final String SIMULATED_TIME = "demoSimulatedTime";

	private final SimulatedClock clock;

	SimulatedTimeInterceptor(SimulatedClock clock) {
		this.clock = clock;
	}

	/** The metadata that carries the instant with a command. */
	static Map<String, String> at(Instant simulated) {
		return Map.of(SIMULATED_TIME, simulated.toString());
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		Object simulated = unitOfWork.getMessage().getMetaData().get(SIMULATED_TIME);
		if (simulated == null) {
			return interceptorChain.proceed();
		}
		try {
			return this.clock.callAt(Instant.parse(simulated.toString()), () -> {
				try {
					return interceptorChain.proceed();
				}
				catch (RuntimeException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new SimulatedCommandFailure(ex);
				}
			});
		}
		catch (SimulatedCommandFailure failure) {
			throw (Exception) failure.getCause();
		}
	}

	/** A checked failure of the handler, carried out of the clock's supplier. */
	private static final class SimulatedCommandFailure extends RuntimeException {

		SimulatedCommandFailure(Exception cause) {
			super(cause);
		}

	}

}
