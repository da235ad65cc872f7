package vn.dossierledger.query.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What every page's web-slice test needs besides its own controller. */
public final class PagesSlice {

	private PagesSlice() {
	}

	/** The language switch and the pages' formats. */
	@Configuration(proxyBeanMethods = false)
	@Import({ PagesConfiguration.class, PageFormats.class })
	public static class Pages {

	}

}
