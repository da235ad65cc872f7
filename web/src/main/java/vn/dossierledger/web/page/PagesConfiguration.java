package vn.dossierledger.web.page;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The pages speak Vietnamese first and English on request: a language chosen with
 * {@code ?lang=} is kept in a cookie; nothing else (not the browser's preference) changes
 * it, so a citizen sees what the agencies' own counters show. Every module's pages share
 * this shell: the layout fragment, the message bundle, the formats.
 */
@Configuration(proxyBeanMethods = false)
public class PagesConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "dossier-ledger-language";

	/** The API and the application's own endpoints, which are no pages. */
	private static final String[] NOT_PAGES = { "/api/**", "/actuator/**", "/v3/**" };

	/** The templates reach it as {@code @pageFormats}. */
	@Bean
	PageFormats pageFormats() {
		return new PageFormats();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {

			/** A cookie naming no page language (or nothing readable) counts as none. */
			@Override
			protected Locale parseLocaleValue(String value) {
				return Languages.named(value);
			}

		};
		resolver.setDefaultLocale(Languages.VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// The API answers in one language and sets no cookie.
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns(NOT_PAGES);
		registry.addInterceptor(new SignedInPerson()).excludePathPatterns(NOT_PAGES);
	}

	/** The languages the pages are written in. */
	static final class Languages {

		static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

		static final Locale ENGLISH = Locale.ENGLISH;

		private Languages() {
		}

		/** The page language a {@code lang} value names, or null for anything else. */
		static Locale named(String value) {
			if ("vi".equalsIgnoreCase(value)) {
				return VIETNAMESE;
			}
			return "en".equalsIgnoreCase(value) ? ENGLISH : null;
		}

	}

}
