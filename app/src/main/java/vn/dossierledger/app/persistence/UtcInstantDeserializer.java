package vn.dossierledger.app.persistence;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Jackson's {@code Instant} reading with a fast path for the ledger's own UTC shape
 * ({@link UtcTimestamps}); everything else — numbers, other shapes, errors — is
 * {@link InstantDeserializer}'s. A property with its own {@code @JsonFormat} gets
 * Jackson's deserializer alone, so its pattern and leniency hold.
 */
final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> implements ContextualDeserializer {

	private static final long serialVersionUID = 1L;

	UtcInstantDeserializer() {
		super(Instant.class);
	}

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			Instant instant = UtcTimestamps.parseUtc(parser.getText());
			if (instant != null) {
				return instant;
			}
		}
		return InstantDeserializer.INSTANT.deserialize(parser, context);
	}

	@Override
	public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
			throws JsonMappingException {
		JsonDeserializer<?> general = InstantDeserializer.INSTANT.createContextual(context, property);
		return (general == InstantDeserializer.INSTANT) ? this : general;
	}

}
