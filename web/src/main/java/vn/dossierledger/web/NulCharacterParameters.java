package vn.dossierledger.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request parameter holding a NUL character (U+0000) as 400 naming it, before
 * any handler reads it: no identifier, filter or word contains one, and PostgreSQL's text
 * refuses it, so that one store would answer 500 where the other answers 200.
 */
@Configuration(proxyBeanMethods = false)
public class NulCharacterParameters implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\u0000') >= 0) {
					throw new InvalidParameterException(parameter.getKey(),
							parameter.getKey() + " holds a NUL character (U+0000), which no value may hold");
				}
			}
		}
		return true;
	}

}
