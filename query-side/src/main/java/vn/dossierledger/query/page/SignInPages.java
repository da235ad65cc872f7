package vn.dossierledger.query.page;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The way officials and citizens sign in: a page that sends them to the identity provider
 * (the development issuer in the embedded default, the agencies' or the national one in
 * production), and the page for someone signed in without the role a page needs.
 */
@Controller
class SignInPages {

	private final String signInUrl;

	SignInPages(@Value("${dossier-ledger.pages.sign-in-url:/oauth2/authorization/ledger}") String signInUrl) {
		this.signInUrl = signInUrl;
	}

	@RequestMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, Model model) {
		model.addAttribute("signInUrl", this.signInUrl);
		model.addAttribute("failed", error != null);
		return "sign-in";
	}

	/** Where the security filter forwards a request it refused for its role. */
	@RequestMapping("/forbidden")
	String forbidden(HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return "forbidden";
	}

}
