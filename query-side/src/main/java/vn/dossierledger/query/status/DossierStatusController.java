package vn.dossierledger.query.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.dossierledger.query.live.LiveStreams;

import vn.dossierledger.events.dossier.command.FieldLimits;
import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindUnitDossiersQuery;
import vn.dossierledger.web.InvalidParameterException;
import vn.dossierledger.web.PageParameters;

/** Dossier status for citizens and desks; talks only to the query gateway. */
@RestController
@RequestMapping("/api")
@Tag(name = "Dossier status", description = "Citizen lookup, citizens' and desks' lists, live updates")
class DossierStatusController {

	static final String LOOKUP_SECRET_HEADER = "X-Lookup-Secret";

	private static final int MAX_PAGE_SIZE = 100;

	private final QueryGateway queries;

	private final Duration streamTimeout;

	private final LiveStreams liveStreams;

	private final StatusLookupLimiter limiter;

	private final LookupClients clients;

	DossierStatusController(QueryGateway queries, LiveStreams liveStreams, StatusLookupLimiter limiter,
			LookupClients clients, @Value("${dossier-ledger.status.stream-timeout:PT30M}") Duration streamTimeout) {
		this.queries = queries;
		this.streamTimeout = streamTimeout;
		this.liveStreams = liveStreams;
		this.limiter = limiter;
		this.clients = clients;
	}

	@GetMapping("/status/{dossierCode}")
	@Operation(summary = "A citizen looks up their dossier by code and the lookup secret given at submission",
			description = "404 for an unknown code and for a wrong or missing secret alike; 429 with Retry-After "
					+ "when the client, or the code's lookups that found nothing, are over their limit")
	DossierStatusView status(@PathVariable String dossierCode,
			@Parameter(description = "The lookup secret") @RequestHeader(name = LOOKUP_SECRET_HEADER,
					required = false) String lookupSecret,
			HttpServletRequest request) {
		StatusLookupLimiter.Admission admitted = admit(request, dossierCode);
		Optional<DossierStatusView> found = this.queries
			.query(lookup(dossierCode, lookupSecret), ResponseTypes.optionalInstanceOf(DossierStatusView.class))
			.join();
		found.ifPresent((view) -> admitted.found());
		return found.orElseThrow(DossierNotFoundException::new);
	}

	@GetMapping("/status/{dossierCode}/events")
	@Operation(summary = "Live status of a dossier as Server-Sent Events",
			description = "Sends the current status, then one 'status' event per change; same secret header and "
					+ "limits")
	SseEmitter statusEvents(@PathVariable String dossierCode,
			@RequestHeader(name = LOOKUP_SECRET_HEADER, required = false) String lookupSecret,
			HttpServletRequest request) {
		StatusLookupLimiter.Admission admitted = admit(request, dossierCode);
		// A plain instance, never optionalInstanceOf: a subscription query ships its
		// response type as is, so across Axon Server the answer would be declared a
		// java.util.Optional and read back as a map. An empty answer is no initial
		// result.
		SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription = this.queries.subscriptionQuery(
				lookup(dossierCode, lookupSecret), ResponseTypes.instanceOf(DossierStatusView.class),
				ResponseTypes.instanceOf(DossierStatusView.class));
		DossierStatusView current = subscription.initialResult().block(Duration.ofSeconds(30));
		if (current == null) {
			subscription.cancel();
			throw new DossierNotFoundException();
		}
		admitted.found();
		return this.liveStreams.stream(subscription, Flux.concat(Mono.just(current), subscription.updates()), "status",
				this.streamTimeout);
	}

	/**
	 * Authentication of the citizen (VNeID) is a later issue; until then this is open.
	 */
	@GetMapping("/citizens/{subjectRef}/dossiers")
	@Operation(summary = "The dossiers a citizen filed, as applicant or representative, newest first")
	DossierSummaryPage citizenDossiers(@PathVariable String subjectRef, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageParameters.require(page, size, MAX_PAGE_SIZE, PageParameters.DATABASE_WINDOW);
		return this.queries.query(new FindCitizenDossiersQuery(subjectRef, page, size), DossierSummaryPage.class)
			.join();
	}

	@GetMapping("/units/{unitId}/dossiers")
	@Operation(summary = "A unit's desk: open dossiers its officers hold (a one-stop desk: also those awaiting "
			+ "intake or collection), soonest due first")
	DossierSummaryPage unitDossiers(@PathVariable String unitId,
			@Parameter(description = "National status code 1–10") @RequestParam(required = false) Integer status,
			@RequestParam(required = false) Boolean overdue,
			@Parameter(description = "Due within this many hours from now") @RequestParam(
					required = false) Integer dueWithinHours,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageParameters.require(page, size, MAX_PAGE_SIZE, PageParameters.DATABASE_WINDOW);
		if (status != null && (status < 1 || status > 10)) {
			throw new InvalidParameterException("status", "status is a national status code, 1 to 10");
		}
		if (dueWithinHours != null && dueWithinHours < 0) {
			throw new InvalidParameterException("dueWithinHours", "dueWithinHours must not be negative");
		}
		return this.queries
			.query(new FindUnitDossiersQuery(unitId, status, overdue, dueWithinHours, page, size),
					DossierSummaryPage.class)
			.join();
	}

	/**
	 * Counts the lookup against its client and its code before anything is looked up; a
	 * code no dossier can have is refused as a bad parameter, so it takes no room.
	 */
	private StatusLookupLimiter.Admission admit(HttpServletRequest request, String dossierCode) {
		// With the limits off nobody is counted, so nobody is told apart either.
		String client = this.limiter.enabled() ? this.clients.clientOf(request) : null;
		if (dossierCode.length() > FieldLimits.DOSSIER_CODE) {
			if (client != null) {
				this.limiter.admitClient(client);
			}
			throw new InvalidParameterException("dossierCode",
					"A dossier code has at most " + FieldLimits.DOSSIER_CODE + " characters");
		}
		return this.limiter.admit(client, dossierCode);
	}

	/** Only the secret's hash travels in the query, as the event stored it. */
	private static FindDossierStatusQuery lookup(String dossierCode, String lookupSecret) {
		return new FindDossierStatusQuery(dossierCode, (lookupSecret == null) ? null : sha256(lookupSecret));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
