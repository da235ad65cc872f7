package vn.dossierledger.identity.development;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dossierledger.identity.IdentityProperties;

/**
 * FOR DEVELOPMENT AND DEMONSTRATION ONLY: the development issuer's sign-in form, marked
 * as such, listing a demo person of each kind.
 */
@Controller
@ConditionalOnBooleanProperty("dossier-ledger.security.development-issuer.enabled")
class DevelopmentSignInPage {

	private final IdentityProperties.DevelopmentIssuer issuer;

	DevelopmentSignInPage(IdentityProperties properties) {
		this.issuer = properties.developmentIssuer();
	}

	@GetMapping(DevelopmentIssuerConfiguration.SIGN_IN_FORM)
	String signIn(Model model) {
		Map<String, String> people = new LinkedHashMap<>();
		this.issuer.analysts().forEach((id) -> people.put(id, "ANALYST"));
		this.issuer.inspectors().forEach((id) -> people.put(id, "INSPECTOR"));
		this.issuer.admins().forEach((id) -> people.put(id, "ADMIN"));
		people.put("hn-phk-tn-01", "OFFICER (organisation.yaml)");
		people.put("cd-0123456789ab", "CITIZEN (" + this.issuer.citizenPattern() + ")");
		model.addAttribute("people", people);
		model.addAttribute("secret", this.issuer.clientSecret());
		return "development-issuer/sign-in";
	}

}
