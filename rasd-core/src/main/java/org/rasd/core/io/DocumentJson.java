package org.rasd.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.rasd.core.model.Document;

/** The JSON form of documents (schema {@value Document#SCHEMA_VERSION}): snake_case keys, one object a line. */
public final class DocumentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private DocumentJson() {}

    public static ObjectMapper mapper() { return MAPPER; }

    public static String toJson(Document d, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d) : MAPPER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document " + d.id(), e);
        }
    }

    public static Document fromJson(String json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Rasd document: " + e.getOriginalMessage(), e);
        }
    }
}
