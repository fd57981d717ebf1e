package org.jracket.vmm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void roundTrip() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a\"b\\c\n\u0001");
        m.put("n", 42L);
        m.put("ok", true);
        m.put("list", List.of(1L, "x"));
        m.put("none", null);
        String text = Json.write(m);
        assertEquals("{\"name\":\"a\\\"b\\\\c\\n\\u0001\",\"n\":42,\"ok\":true,\"list\":[1,\"x\"],\"none\":null}", text);
        assertEquals(m, Json.parseObject(text));
        assertEquals(Map.of("k", 1.5), Json.parseObject(" { \"k\" : 1.5 } "));
    }

    @Test
    void malformedDocumentsSayWhere() {
        for (String bad : List.of("", "{", "{\"a\" 1}", "[1]", "{\"a\":tru}", "{\"a\":1} x", "{\"a\":\"\\q\"}",
                "[".repeat(100), "{\"a\":\"unterminated}"))
            assertThrows(Json.JsonException.class, () -> Json.parseObject(bad), bad);
    }
}
