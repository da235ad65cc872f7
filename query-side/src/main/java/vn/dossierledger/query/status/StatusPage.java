package vn.dossierledger.query.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Flux;
import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.FindDossierStepsQuery;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.web.InvalidParameterException;

/**
 * The citizen's page: a dossier looked up by code and lookup secret, as on the national
 * portal, with no account. The secret is asked once, in a form, and never travels in an
 * address: a dossier found is remembered in the browser's session, whose later pages,
 * partial updates and live stream ask the same query with the same digest. Every lookup
 * by form is counted by the same limits as the API's.
 */
@Controller
@RequestMapping("/status")
class StatusPage {

	/** The session's looked-up dossiers: code → the secret's digest. */
	static final String LOOKED_UP = StatusPage.class.getName() + ".lookedUp";

	/** A session remembers this many dossiers, the latest looked up. */
	static final int REMEMBERED = 20;

	private final QueryGateway queries;

	private final StatusLookups lookups;

	private final LiveStreams liveStreams;

	private final Duration streamTimeout;

	StatusPage(QueryGateway queries, StatusLookups lookups, LiveStreams liveStreams,
			@Value("${dossier-ledger.status.stream-timeout:PT30M}") Duration streamTimeout) {
		this.queries = queries;
		this.lookups = lookups;
		this.liveStreams = liveStreams;
		this.streamTimeout = streamTimeout;
	}

	@GetMapping
	String form(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", (code != null) ? code.strip() : "");
		return "status/lookup";
	}

	@PostMapping
	String lookUp(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
			HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		String dossierCode = (code != null) ? code.strip() : "";
		model.addAttribute("code", dossierCode);
		if (dossierCode.isEmpty() || secret == null || secret.isBlank()) {
			return refused(response, model, HttpStatus.BAD_REQUEST,
					dossierCode.isEmpty() ? "status.lookup.error.code-missing" : "status.lookup.error.secret-missing");
		}
		StatusLookupLimiter.Admission admitted;
		try {
			admitted = this.lookups.admit(request, dossierCode);
		}
		catch (InvalidParameterException tooLong) {
			return refused(response, model, HttpStatus.BAD_REQUEST, "status.lookup.error.code-invalid");
		}
		catch (StatusLookupLimitedException limited) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
			model.addAttribute("retryAfterSeconds", Long.toString(limited.retryAfterSeconds()));
			return refused(response, model, HttpStatus.TOO_MANY_REQUESTS, "status.lookup.error.limited");
		}
		String digest = StatusLookups.secretDigest(secret.strip());
		if (find(dossierCode, digest).isEmpty()) {
			return refused(response, model, HttpStatus.NOT_FOUND, "status.lookup.error.not-found");
		}
		admitted.found();
		remember(session, dossierCode, digest);
		return "redirect:" + pageOf(dossierCode);
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, HttpSession session, Model model) {
		if (!describeCard(code, session, model)) {
			return "redirect:"
					+ UriComponentsBuilder.fromPath("/status").queryParam("code", code).encode().toUriString();
		}
		model.addAttribute("live", pageOf(code) + "/live");
		model.addAttribute("card", pageOf(code) + "/card");
		return "status/dossier";
	}

	/** The dossier's card alone, for a partial update after a live event. */
	@GetMapping("/{code}/card")
	String card(@PathVariable String code, HttpSession session, HttpServletResponse response, Model model) {
		if (!describeCard(code, session, model)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "status/forgotten";
		}
		return "status/dossier :: card";
	}

	/**
	 * One {@code status} event per change of the dossier, for as long as the page is
	 * open.
	 */
	@GetMapping("/{code}/live")
	SseEmitter live(@PathVariable String code, HttpSession session, HttpServletResponse response) {
		Optional<String> digest = remembered(session, code);
		if (digest.isEmpty()) {
			throw new NotLookedUpException();
		}
		SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription = this.queries.subscriptionQuery(
				new FindDossierStatusQuery(code, digest.get()), ResponseTypes.instanceOf(DossierStatusView.class),
				ResponseTypes.instanceOf(DossierStatusView.class));
		Flux<ChangeNotice> changes = subscription.updates().map((view) -> new ChangeNotice(view.status()));
		return this.liveStreams.streamOpenedAtOnce(subscription, changes, "status", this.streamTimeout);
	}

	@ExceptionHandler(NotLookedUpException.class)
	ResponseEntity<Void> notLookedUp() {
		return ResponseEntity.notFound().build();
	}

	private Optional<DossierStatusView> find(String code, String digest) {
		return this.queries
			.query(new FindDossierStatusQuery(code, digest), ResponseTypes.optionalInstanceOf(DossierStatusView.class))
			.join();
	}

	/**
	 * Puts the dossier's card in the model: its status, and its timeline with what is
	 * expected of the citizen (none if the read model has none yet).
	 * @return false when this session has not looked the dossier up, or it is gone
	 */
	private boolean describeCard(String code, HttpSession session, Model model) {
		Optional<String> digest = remembered(session, code);
		Optional<DossierStatusView> view = digest.flatMap((known) -> find(code, known));
		if (view.isEmpty()) {
			return false;
		}
		model.addAttribute("view", view.get());
		model.addAttribute("steps", steps(code, digest.get()));
		return true;
	}

	/**
	 * The timeline and what is expected of the citizen; null if the read model has none.
	 */
	private DossierStepsView steps(String code, String digest) {
		return this.queries
			.query(new FindDossierStepsQuery(code, digest), ResponseTypes.optionalInstanceOf(DossierStepsView.class))
			.join()
			.orElse(null);
	}

	private static String refused(HttpServletResponse response, Model model, HttpStatus status, String messageKey) {
		response.setStatus(status.value());
		model.addAttribute("error", messageKey);
		return "status/lookup";
	}

	private static String pageOf(String code) {
		return UriComponentsBuilder.fromPath("/status/{code}").buildAndExpand(code).encode().toUriString();
	}

	@SuppressWarnings("unchecked")
	private static Optional<String> remembered(HttpSession session, String code) {
		Object lookedUp = session.getAttribute(LOOKED_UP);
		return (lookedUp instanceof Map<?, ?> map) ? Optional.ofNullable((String) ((Map<String, String>) map).get(code))
				: Optional.empty();
	}

	@SuppressWarnings("unchecked")
	private static void remember(HttpSession session, String code, String digest) {
		LinkedHashMap<String, String> lookedUp = (session.getAttribute(LOOKED_UP) instanceof LinkedHashMap<?, ?> map)
				? (LinkedHashMap<String, String>) map : new LinkedHashMap<>();
		lookedUp.remove(code);
		lookedUp.put(code, digest);
		while (lookedUp.size() > REMEMBERED) {
			lookedUp.remove(lookedUp.keySet().iterator().next());
		}
		// Set again, so that a session stored elsewhere sees the change.
		session.setAttribute(LOOKED_UP, lookedUp);
	}

	/** What a live event says: only that the dossier changed, and to what status. */
	record ChangeNotice(String status) {
	}

	/** A live stream asked for a dossier this session has not looked up. */
	static final class NotLookedUpException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotLookedUpException() {
			super("Look the dossier up first");
		}

	}

}
