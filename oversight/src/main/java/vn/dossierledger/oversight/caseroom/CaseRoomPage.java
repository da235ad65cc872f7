package vn.dossierledger.oversight.caseroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dossierledger.events.query.access.AccessReadPage;
import vn.dossierledger.events.query.access.FindAccessReadsQuery;
import vn.dossierledger.events.query.audit.AuditEventView;
import vn.dossierledger.events.query.audit.AuditSearchView;
import vn.dossierledger.events.query.audit.DossierAuditView;
import vn.dossierledger.events.query.audit.FindDossierAuditQuery;
import vn.dossierledger.events.query.redflag.FindRedFlagQuery;
import vn.dossierledger.events.query.redflag.FindRedFlagsQuery;
import vn.dossierledger.events.query.redflag.RedFlagDetailView;
import vn.dossierledger.events.query.redflag.RedFlagPage;
import vn.dossierledger.oversight.caseroom.CaseRoomViews.CaseStep;
import vn.dossierledger.oversight.caseroom.CaseRoomViews.SearchForm;
import vn.dossierledger.oversight.ledger.EvidenceBundleExporter;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier.Verdict;
import vn.dossierledger.oversight.replay.CaseNotFoundException;
import vn.dossierledger.oversight.replay.CaseReplay;
import vn.dossierledger.oversight.replay.CaseReplayViews.CaseHistory;
import vn.dossierledger.web.Problems;

/**
 * The inspectors' case room: the audit search with its facets, and a case opened as a
 * timeline (who held it and for how long, each reason and legal basis), stepped through
 * state by state, with its red flags and their evidence, its verification against the
 * ledger and the latest seal, its evidence bundle, and the access audit's record of who
 * read it. The case is replayed from the event store, as the replay API does; the rest
 * comes from the same queries as the API. Nothing is read before the inspector states a
 * purpose, and every read is recorded with it (the access audit's page reads).
 */
@Controller
@RequestMapping("/case-room")
class CaseRoomPage {

	static final int HITS_PER_PAGE = 20;

	/** Red flags and recorded reads listed with a case, newest first. */
	static final int LISTED_PER_CASE = 100;

	private static final Logger LOGGER = LoggerFactory.getLogger(CaseRoomPage.class);

	private final QueryGateway queries;

	private final CaseReplay replay;

	private final EvidenceBundleExporter bundles;

	private final EvidenceBundleVerifier verifier = new EvidenceBundleVerifier();

	CaseRoomPage(QueryGateway queries, CaseReplay replay, EvidenceBundleExporter bundles) {
		this.queries = queries;
		this.replay = replay;
		this.bundles = bundles;
	}

	/** The search form alone: nothing is read here. */
	@GetMapping
	String searchForm(SearchForm form, Model model) {
		model.addAttribute("form", form);
		return "caseroom/search";
	}

	@GetMapping("/search")
	String search(SearchForm form, Model model, HttpServletResponse response) {
		model.addAttribute("form", form);
		if (form.purposeMissing()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("purposeMissing", true);
			return "caseroom/search";
		}
		AuditSearchView hits = readOrSay("search", model,
				() -> this.queries.query(form.query(HITS_PER_PAGE), AuditSearchView.class).join());
		if (hits == null) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return "caseroom/search";
		}
		model.addAttribute("hits", hits);
		model.addAttribute("facetLinks", form.facetLinks(hits.facets()));
		int page = form.pageNumber();
		model.addAttribute("previousPage", (page > 0) ? form.pageLink(page - 1) : null);
		model.addAttribute("nextPage",
				((long) (page + 1) * HITS_PER_PAGE < Math.min(hits.total(), SearchForm.SEARCH_WINDOW))
						? form.pageLink(page + 1) : null);
		return "caseroom/search";
	}

	/**
	 * A case: its timeline from the event store with the audit history's reasons beside
	 * each step, the state after the chosen step ({@code step}, a sequence; the last by
	 * default) and what it changed, its red flags, its verification and who read it.
	 */
	@GetMapping("/cases/{dossierId}")
	String openCase(@PathVariable String dossierId, @RequestParam(required = false) String purpose,
			@RequestParam(required = false) Long step, Model model, HttpServletResponse response) {
		model.addAttribute("dossierId", dossierId);
		if (purpose == null || purpose.isBlank()) {
			return "caseroom/purpose";
		}
		model.addAttribute("purpose", purpose.strip());
		CaseHistory history;
		try {
			history = this.replay.history(dossierId);
		}
		catch (CaseNotFoundException unknown) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "caseroom/unknown";
		}
		Map<Long, AuditEventView> audit = Optional
			.ofNullable(readOrSay("audit", model, () -> this.queries
				.query(new FindDossierAuditQuery(dossierId), ResponseTypes.optionalInstanceOf(DossierAuditView.class))
				.join()
				.map(DossierAuditView::events)
				.orElse(List.of())))
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(AuditEventView::sequence, Function.identity(), (first, second) -> first));
		List<RedFlagDetailView> flags = readOrSay("flags", model, () -> flagsOf(dossierId));
		List<CaseStep> steps = CaseStep.of(history.steps(), audit, (flags != null) ? flags : List.of());
		CaseStep shown = steps.stream()
			.filter((candidate) -> step != null && candidate.sequence() == step)
			.findFirst()
			.orElse(steps.get(steps.size() - 1));
		model.addAttribute("stepNotFound", step != null && shown.sequence() != step);
		model.addAttribute("steps", steps);
		model.addAttribute("shown", shown);
		model.addAttribute("current", history.steps().get(history.steps().size() - 1).stateAfter());
		model.addAttribute("holders", history.workingTimeByHolder());
		model.addAttribute("flags", flags);
		model.addAttribute("verification", readOrSay("verification", model, () -> verify(dossierId)));
		model.addAttribute("reads",
				readOrSay("reads", model,
						() -> this.queries
							.query(new FindAccessReadsQuery(dossierId, null, null, null, null, 0, LISTED_PER_CASE),
									AccessReadPage.class)
							.join()));
		return "caseroom/case";
	}

	/** The case's evidence bundle, to keep and to check offline; recorded as a read. */
	@GetMapping("/cases/{dossierId}/evidence-bundle")
	ResponseEntity<?> evidenceBundle(@PathVariable String dossierId, @RequestParam(required = false) String purpose) {
		if (purpose == null || purpose.isBlank()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(UriComponentsBuilder.fromPath("/case-room/cases/{dossierId}").build(dossierId))
				.build();
		}
		byte[] bundle = this.bundles.export(dossierId);
		if (bundle == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.NOT_FOUND, "unknown-dossier", "Unknown dossier",
						"No event is stored for dossier " + dossierId + "."));
		}
		return EvidenceBundleExporter.attachment(dossierId, bundle);
	}

	private List<RedFlagDetailView> flagsOf(String dossierId) {
		RedFlagPage page = this.queries
			.query(new FindRedFlagsQuery(null, null, null, null, dossierId, null, null, null, 0, LISTED_PER_CASE),
					RedFlagPage.class)
			.join();
		return page.items()
			.stream()
			.map((flag) -> this.queries
				.query(new FindRedFlagQuery(flag.flagId()), ResponseTypes.optionalInstanceOf(RedFlagDetailView.class))
				.join()
				.orElse(new RedFlagDetailView(flag, List.of())))
			.toList();
	}

	/**
	 * The case's stored events checked as its evidence bundle is: every chain value
	 * recomputed from the stored content, every inclusion proof against the latest signed
	 * seal.
	 */
	private Verdict verify(String dossierId) {
		byte[] bundle = this.bundles.export(dossierId);
		return (bundle != null) ? this.verifier.verify(bundle, Optional.empty()) : null;
	}

	/**
	 * One part of a page read; when it fails the page says that part is unavailable
	 * ({@code <part>Unavailable}) and shows the rest.
	 */
	private static <T> T readOrSay(String part, Model model, Supplier<T> read) {
		try {
			return read.get();
		}
		catch (RuntimeException failure) {
			LOGGER.warn("Case room: the {} could not be read: {}", part, failure.toString());
			model.addAttribute(part + "Unavailable", true);
			return null;
		}
	}

}
