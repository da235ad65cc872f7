package vn.dossierledger.query.status;

import java.time.Duration;
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

import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.events.query.status.FindUnitDossiersQuery;
import vn.dossierledger.web.InvalidParameterException;
import vn.dossierledger.web.PageParameters;

/** Dossier status for citizens and desks; talks only to the query gateway. */
@RestController
@RequestMapping("/api")
@Tag(name = "Dossier status", description = "Citizen lookup and timeline, citizens' and desks' lists, live updates")
class DossierStatusController {

	static final String LOOKUP_SECRET_HEADER = "X-Lookup-Secret";

	private static final int MAX_PAGE_SIZE = 100;

	private final QueryGateway queries;

	private final Duration streamTimeout;

	private final LiveStreams liveStreams;

	private final StatusLookups lookups;

	DossierStatusController(QueryGateway queries, LiveStreams liveStreams, StatusLookups lookups,
			@Value("${dossier-ledger.status.stream-timeout:PT30M}") Duration streamTimeout) {
		this.queries = queries;
		this.streamTimeout = streamTimeout;
		this.liveStreams = liveStreams;
		this.lookups = lookups;
	}

	@GetMapping("/status/{dossierCode}")
	@Operation(summary = "A citizen looks up their dossier by code and the lookup secret given at submission",
			description = "404 for an unknown code and for a wrong or missing secret alike; 429 with Retry-After "
					+ "when the client, or the code's lookups that found nothing, are over their limit")
	DossierStatusView status(@PathVariable String dossierCode,
			@Parameter(description = "The lookup secret") @RequestHeader(name = LOOKUP_SECRET_HEADER,
					required = false) String lookupSecret,
			HttpServletRequest request) {
		return lookUp(request, dossierCode, StatusLookups.statusQuery(dossierCode, lookupSecret),
				DossierStatusView.class);
	}

	@GetMapping("/status/{dossierCode}/steps")
	@Operation(summary = "A citizen's timeline of their dossier: the steps so far and what is expected of them",
			description = "Each step the citizen may see, oldest first, with its date, the national status code after "
					+ "it and its facts (reasons and legal basis, supplement items, fee lines and amounts, the new due "
					+ "date, the unit a transfer went to; never an officer or personal data), and what the citizen "
					+ "must do now: supply the open supplement request's items, or pay the fees still due. Same "
					+ "secret header, 404 and limits as the status lookup")
	DossierStepsView statusSteps(@PathVariable String dossierCode,
			@Parameter(description = "The lookup secret") @RequestHeader(name = LOOKUP_SECRET_HEADER,
					required = false) String lookupSecret,
			HttpServletRequest request) {
		return lookUp(request, dossierCode, StatusLookups.stepsQuery(dossierCode, lookupSecret),
				DossierStepsView.class);
	}

	/**
	 * Admits the lookup, asks the query and counts it as found when it was; an unknown
	 * code and a wrong secret are the same 404.
	 */
	private <V> V lookUp(HttpServletRequest request, String dossierCode, Object query, Class<V> answer) {
		StatusLookupLimiter.Admission admitted = this.lookups.admit(request, dossierCode);
		Optional<V> found = this.queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
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
		StatusLookupLimiter.Admission admitted = this.lookups.admit(request, dossierCode);
		// A plain instance, never optionalInstanceOf: a subscription query ships its
		// response type as is, so across Axon Server the answer would be declared a
		// java.util.Optional and read back as a map. An empty answer is no initial
		// result.
		SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription = this.queries.subscriptionQuery(
				StatusLookups.statusQuery(dossierCode, lookupSecret), ResponseTypes.instanceOf(DossierStatusView.class),
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

}
