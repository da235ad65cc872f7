package vn.dossierledger.query.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What this is, and the way in for each kind of user. */
@Controller
class HomePage {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
