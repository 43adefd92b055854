package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormDecodingTest {

    @Test
    void decodesNamesValuesPlusAndUtf8() {
        Map<String, List<String>> params = FormDecoding.decode("query=ASK+%7B%7D&default-graph-uri=a&default-graph-uri=b&x=%D0%96", StandardCharsets.UTF_8);
        assertEquals(List.of("ASK {}"), params.get("query"));
        assertEquals(List.of("a", "b"), params.get("default-graph-uri"));
        assertEquals(List.of("Ж"), params.get("x"));
    }

    @Test
    void refusesMalformedEscapesAndInvalidUtf8() {
        for (String bad : new String[] {"q=%", "q=%4", "q=%G0", "q=%C3%28", "q=%ED%A0%80"}) {
            HttpError error = assertThrows(HttpError.class, () -> FormDecoding.decode(bad, StandardCharsets.UTF_8), bad);
            assertEquals(400, error.status());
        }
    }
}
