package vn.dossierledger.web;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * The web layer's JSON reader is strict where leniency would change what a command says:
 * <ul>
 * <li>an object that holds a key twice is unreadable (400): which of the two values a
 * command would carry is not for the reader to guess;</li>
 * <li>a list of strings reads only strings (or null, or a scalar as its text): Jackson's
 * own reader of {@code List<String>} (3.1) takes a nested array's values for the list's
 * and then reads the rest of the body out of step, so that
 * {@code "certificateChainPem": [["a"], "b"]} drops "b" and may invent a document after
 * it. A nested array or object is refused, naming its place.</li>
 * </ul>
 */
@Component
public class StrictRequestJson implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
		builder.addModule(new SimpleModule("strict-string-lists").setDeserializerModifier(new StringLists()));
	}

	/** Puts {@link StringListDeserializer} in place of Jackson's for lists of strings. */
	static final class StringLists extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			boolean listOfStrings = type.getContentType().hasRawClass(String.class)
					&& type.getRawClass().isAssignableFrom(ArrayList.class) && type.getContentValueHandler() == null;
			return listOfStrings ? new StringListDeserializer() : deserializer;
		}

	}

	/** A JSON array of strings, element by element, in step with the parser. */
	static final class StringListDeserializer extends StdDeserializer<List<String>> {

		StringListDeserializer() {
			super(List.class);
		}

		@Override
		public List<String> deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.isExpectedStartArrayToken()) {
				return context.reportInputMismatch(List.class, "Expected an array of strings, got %s",
						parser.currentToken());
			}
			List<String> strings = new ArrayList<>();
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				try {
					if (token == JsonToken.VALUE_NULL) {
						strings.add(null);
					}
					else if (token != null && token.isScalarValue()) {
						strings.add(parser.getValueAsString());
					}
					else {
						context.reportInputMismatch(String.class, "Expected a string, got %s", token);
					}
				}
				catch (JacksonException ex) {
					throw DatabindException.wrapWithPath(context, ex,
							new JacksonException.Reference(strings, strings.size()));
				}
			}
			return strings;
		}

	}

}
