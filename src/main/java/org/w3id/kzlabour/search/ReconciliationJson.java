package org.w3id.kzlabour.search;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.kzlabour.server.HttpError;

/**
 * Reading and writing the JSON of the reconciliation protocol. Input is checked for nesting depth
 * and strict JSON syntax before it is parsed (a recursive parser must not meet a million brackets), and any parse failure
 * is a 400 that names the parameter.
 */
final class ReconciliationJson {

    /** Deepest nesting a request needs: a batch, a query, its properties, a value object. */
    static final int MAX_DEPTH = 12;

    private ReconciliationJson() {}

    /** Parses the JSON of a request parameter. */
    static JsonValue parse(String parameter, String text) {
        if (text == null || text.isBlank())
            throw HttpError.badRequest("'" + parameter + "' is empty; it must be JSON");
        if (depth(text) > MAX_DEPTH)
            throw HttpError.badRequest("'" + parameter + "' is nested more than " + MAX_DEPTH + " levels deep");
        try {
            checkStrictly(text);
            return JSON.parseAny(text);
        } catch (RuntimeException ex) {
            throw HttpError.badRequest("'" + parameter + "' is not valid JSON");
        }
    }

    /**
     * Reads the whole text with a strict JSON (RFC 8259) parser: Jena's parser, which builds the values,
     * also takes single-quoted strings and other JavaScript forms that other servers would refuse.
     */
    private static void checkStrictly(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext())
                parser.next();
        }
    }

    /** The deepest bracket nesting outside strings. */
    static int depth(String text) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\')
                    i++;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    /**
     * The compact text of a value, with the line and paragraph separators escaped (they are valid in
     * JSON strings but end a line in older JavaScript, which matters for JSONP).
     */
    static String write(JsonValue value) {
        return JSON.toStringFlat(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
