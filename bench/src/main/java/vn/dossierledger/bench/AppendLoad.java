package vn.dossierledger.bench;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Append through the app's REST API: N concurrent clients, each walking dossiers through
 * their life ({@link LifecycleWalk}) one command after the other, every command with the
 * acting person's bearer token. A refused command ends its walk; the client starts a new
 * dossier.
 */
final class AppendLoad {

	private final JsonPost http;

	private final BearerTokens tokens;

	private final ProcessCpu appCpu;

	private final Queue<DossierTicket> tickets = new ConcurrentLinkedQueue<>();

	private final AtomicInteger reportedFailures = new AtomicInteger();

	AppendLoad(AppProcess app) {
		this.http = new BlockingJsonPost(app.http().baseUrl());
		this.tokens = app.tokens();
		this.appCpu = new ProcessCpu(app.pid());
	}

	ClosedLoop.Outcome run(int clients, WarmUp warmUp, Duration measured) {
		JsonNode signature = LifecycleWalk.signDecision(this.http, this.tokens);
		return ClosedLoop.run(clients, () -> new WalkingClient(new LifecycleWalk(this.http, this.tokens, signature)),
				warmUp, measured, this.appCpu);
	}

	/** Every dossier submitted so far, for the status lookups. */
	List<DossierTicket> tickets() {
		return List.copyOf(this.tickets);
	}

	private final class WalkingClient implements ClosedLoop.Client {

		private final LifecycleWalk walk;

		private boolean walking;

		WalkingClient(LifecycleWalk walk) {
			this.walk = walk;
		}

		@Override
		public boolean act() {
			try {
				HttpJson.Reply reply = this.walking ? this.walk.next() : this.walk.submit();
				if (!reply.ok()) {
					return failed(reply.status() + " " + reply.body());
				}
				if (!this.walking) {
					JsonNode submitted = reply.json();
					AppendLoad.this.tickets.add(new DossierTicket(submitted.path("dossierCode").asText(),
							submitted.path("lookupSecret").asText()));
				}
				this.walking = !this.walk.finished();
				return true;
			}
			catch (RuntimeException ex) {
				return failed(ex.toString());
			}
		}

		private boolean failed(String why) {
			this.walking = false;
			if (AppendLoad.this.reportedFailures.incrementAndGet() <= 5) {
				System.out.println("  command failed: " + why);
			}
			return false;
		}

	}

	/** What a citizen keeps after submitting: enough for a status lookup. */
	record DossierTicket(String dossierCode, String lookupSecret) {

	}

}
