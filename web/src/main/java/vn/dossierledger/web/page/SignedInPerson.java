package vn.dossierledger.web.page;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells every page who is signed in, for its header: the person's id and whether they are
 * a citizen (their own dossiers), an analyst (the dashboard) or an inspector (the case
 * room). Read through the servlet request, which the security filter answers, so the
 * pages need no security library of their own.
 */
class SignedInPerson implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		Principal person = request.getUserPrincipal();
		if (page == null || person == null || page.getViewName() == null
				|| page.getViewName().startsWith("redirect:")) {
			return;
		}
		page.addObject("signedInAs", person.getName());
		page.addObject("signedInCitizen", request.isUserInRole("CITIZEN"));
		page.addObject("signedInAnalyst", request.isUserInRole("ANALYST") || request.isUserInRole("INSPECTOR"));
		page.addObject("signedInInspector", request.isUserInRole("INSPECTOR"));
	}

}
