package vn.dossierledger.query.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import reactor.core.publisher.Flux;

/**
 * Server-Sent Event streams fed by Axon subscription queries. Whatever ends a stream
 * (client gone, timeout, error) cancels its subscription; on shutdown every open stream
 * is completed first, so that the web server's graceful shutdown does not wait for
 * long-lived connections.
 */
@Component
public class LiveStreams implements SmartLifecycle {

	private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	/**
	 * Streams the views (initial result first, then updates) as events of the given name.
	 */
	public <V> SseEmitter stream(SubscriptionQueryResult<?, ?> subscription, Flux<V> views, String eventName,
			Duration timeout) {
		return stream(subscription, views, eventName, timeout, false);
	}

	/**
	 * As {@link #stream}, opened with a comment: a page's stream that sends no current
	 * state is otherwise not open for the browser until the first change, which it could
	 * not then tell from a stream still connecting.
	 */
	public <V> SseEmitter streamOpenedAtOnce(SubscriptionQueryResult<?, ?> subscription, Flux<V> views,
			String eventName, Duration timeout) {
		return stream(subscription, views, eventName, timeout, true);
	}

	private <V> SseEmitter stream(SubscriptionQueryResult<?, ?> subscription, Flux<V> views, String eventName,
			Duration timeout, boolean openAtOnce) {
		SseEmitter emitter = new SseEmitter(timeout.toMillis());
		Runnable end = () -> {
			this.open.remove(emitter);
			subscription.cancel();
		};
		emitter.onCompletion(end);
		emitter.onTimeout(() -> {
			end.run();
			emitter.complete();
		});
		emitter.onError((failure) -> end.run());
		this.open.add(emitter);
		if (openAtOnce) {
			try {
				emitter.send(SseEmitter.event().comment("open"));
			}
			catch (IOException | IllegalStateException clientGone) {
				end.run();
			}
		}
		views.subscribe((view) -> send(emitter, eventName, view, end), emitter::completeWithError, emitter::complete);
		return emitter;
	}

	private static void send(SseEmitter emitter, String eventName, Object view, Runnable end) {
		try {
			emitter.send(SseEmitter.event().name(eventName).data(view, MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException clientGone) {
			end.run();
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.open.forEach(SseEmitter::complete);
		this.open.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stop before everything else, the web server's graceful shutdown included. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
