package vn.dossierledger.query.status;

import java.security.Principal;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.web.PageParameters;

/**
 * A signed-in citizen's own dossiers, newest first: the list the API answers them. Only a
 * citizen reaches this page (the security filter), and only ever their own list.
 */
@Controller
class CitizenDossiersPage {

	private static final int PAGE_SIZE = 20;

	private final QueryGateway queries;

	CitizenDossiersPage(QueryGateway queries) {
		this.queries = queries;
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

}
