package vn.dossierledger.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * The web layer's JSON reader refuses an object that holds a key twice: which of the two
 * values a command would carry is not for the reader to guess, so the body is unreadable
 * (400) instead.
 */
@Component
public class StrictRequestJson implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

}
