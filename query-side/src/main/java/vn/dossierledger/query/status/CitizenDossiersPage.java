package vn.dossierledger.query.status;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStatusQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStepsQuery;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.query.status.StatusPage.ChangeNotice;
import vn.dossierledger.web.PageParameters;

/**
 * A signed-in citizen's own dossiers, newest first: the list the API answers them, and
 * each dossier's page as a lookup shows it, live, without its lookup secret. Only a
 * citizen reaches these pages (the security filter), and only ever their own dossiers: a
 * code they did not file is not found, as one that does not exist.
 */
@Controller
class CitizenDossiersPage {

	private static final int PAGE_SIZE = 20;

	private final QueryGateway queries;

	private final LiveStreams liveStreams;

	private final Duration streamTimeout;

	CitizenDossiersPage(QueryGateway queries, LiveStreams liveStreams,
			@Value("${dossier-ledger.status.stream-timeout:PT30M}") Duration streamTimeout) {
		this.queries = queries;
		this.liveStreams = liveStreams;
		this.streamTimeout = streamTimeout;
	}

	@GetMapping("/my-dossiers")
	String ownDossiers(@RequestParam(defaultValue = "0") int page, Principal citizen, Model model) {
		PageParameters.require(page, PAGE_SIZE, PAGE_SIZE, PageParameters.DATABASE_WINDOW);
		DossierSummaryPage dossiers = this.queries
			.query(new FindCitizenDossiersQuery(citizen.getName(), page, PAGE_SIZE), DossierSummaryPage.class)
			.join();
		model.addAttribute("dossiers", dossiers);
		model.addAttribute("pageCount", Math.max(1, (dossiers.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "status/my-dossiers";
	}

	@GetMapping("/my-dossiers/{code}")
	String ownDossier(@PathVariable String code, Principal citizen, HttpServletResponse response, Model model) {
		if (!describeCard(code, citizen, model)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "status/not-filed";
		}
		String page = UriComponentsBuilder.fromPath("/my-dossiers/{code}").buildAndExpand(code).encode().toUriString();
		model.addAttribute("live", page + "/live");
		model.addAttribute("card", page + "/card");
		return "status/dossier";
	}

	/** The dossier's card alone, for a partial update after a live event. */
	@GetMapping("/my-dossiers/{code}/card")
	String ownCard(@PathVariable String code, Principal citizen, HttpServletResponse response, Model model) {
		if (!describeCard(code, citizen, model)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "status/not-filed :: notice";
		}
		return "status/dossier :: card";
	}

	/**
	 * One {@code status} event per change of the dossier; opened only on a dossier the
	 * citizen filed.
	 */
	@GetMapping("/my-dossiers/{code}/live")
	ResponseEntity<SseEmitter> ownLive(@PathVariable String code, Principal citizen) {
		FindFiledDossierStatusQuery query = new FindFiledDossierStatusQuery(code, citizen.getName());
		if (status(query).isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription = this.queries.subscriptionQuery(
				query, ResponseTypes.instanceOf(DossierStatusView.class),
				ResponseTypes.instanceOf(DossierStatusView.class));
		return ResponseEntity.ok(this.liveStreams.streamOpenedAtOnce(subscription,
				subscription.updates().map((view) -> new ChangeNotice(view.status())), "status", this.streamTimeout));
	}

	private boolean describeCard(String code, Principal citizen, Model model) {
		Optional<DossierStatusView> view = status(new FindFiledDossierStatusQuery(code, citizen.getName()));
		if (view.isEmpty()) {
			return false;
		}
		model.addAttribute("view", view.get());
		model.addAttribute("steps",
				this.queries
					.query(new FindFiledDossierStepsQuery(code, citizen.getName()),
							ResponseTypes.optionalInstanceOf(DossierStepsView.class))
					.join()
					.orElse(null));
		return true;
	}

	private Optional<DossierStatusView> status(FindFiledDossierStatusQuery query) {
		return this.queries.query(query, ResponseTypes.optionalInstanceOf(DossierStatusView.class)).join();
	}

}
