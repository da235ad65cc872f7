package vn.dossierledger.web.page;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code ?lang=vi} or {@code ?lang=en} on any page switches its language for this and
 * later pages; any other value is ignored.
 */
class LanguageSwitch implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Locale chosen = PagesConfiguration.Languages.named(request.getParameter(PARAMETER));
		LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
		if (chosen != null && resolver != null) {
			resolver.setLocale(request, response, chosen);
		}
		return true;
	}

}
