package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.StepKind;
import org.junit.jupiter.api.Test;

/** The example of {@code docs/index-spec.md} is a valid spec. */
class IndexSpecDocTest {

    @Test
    void theLayoutExampleReads() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "index-spec.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        IndexSpec spec = IndexSpecJson.read(new StringReader(json), "index-spec.md");
        assertEquals(6, spec.framework().size());
        assertEquals(StepKind.AGGREGATE, spec.steps().get(spec.steps().size() - 1).kind());
    }
}
