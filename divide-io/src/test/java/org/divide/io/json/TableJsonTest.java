package org.divide.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TableJsonTest {

    @Test
    void writesRowsAsObjects() throws IOException {
        StringWriter out = new StringWriter();
        TableJson.write(List.of("economy", "score", "rank", "top"),
                List.of(List.of("=KEN", 0.41, 97, false), Arrays.asList("NOR", Double.NaN, 3L, null)), out);
        JsonNode back = JsonInput.parse(new StringReader(out.toString()), "t.json");
        assertEquals(2, back.size());
        assertEquals("=KEN", back.get(0).get("economy").textValue());
        assertEquals(0.41, back.get(0).get("score").doubleValue());
        assertEquals(97, back.get(0).get("rank").intValue());
        assertEquals(false, back.get(0).get("top").booleanValue());
        assertEquals(true, back.get(1).get("score").isNull());
        assertEquals(true, back.get(1).get("top").isNull());
    }

    @Test
    void rejectsRaggedRowsAndRepeatedNames() {
        StringWriter out = new StringWriter();
        assertEquals("rows[1] has 1 cells but the header has 2", assertThrows(IllegalArgumentException.class,
                () -> TableJson.write(List.of("a", "b"), List.of(List.of(1, 2), List.of(1)), out)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TableJson.write(List.of("a", "a"), List.of(), out));
    }
}
